package io.kopilka.web.security;

import io.kopilka.identity.ApiClient;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated by its integration's key; its authority is {@code SCOPE_<scope>}. */
public class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** The request attribute holding the {@link ApiClient}, for filters that run outside the security context. */
    public static final String CLIENT_ATTRIBUTE = ApiClient.class.getName();

    private final ApiClient client;

    ApiKeyAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority("SCOPE_" + client.scope().code())));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client.name();
    }
}
