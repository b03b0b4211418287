package io.kopilka.web.backoffice;

import io.kopilka.identity.ApiScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The form an administrator fills in to issue an API key for an integration (a bean, so errors bind to its fields). */
public class IssueApiKeyFormData {

    @NotBlank(message = "{apiKeys.name.required}")
    @Size(max = 100, message = "{apiKeys.name.tooLong}")
    private @Nullable String name = "";

    @NotNull(message = "{apiKeys.scope.required}")
    private @Nullable ApiScope scope = ApiScope.ORDERS;

    private @Nullable String network = "";

    static IssueApiKeyFormData empty() {
        return new IssueApiKeyFormData();
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable ApiScope getScope() {
        return scope;
    }

    public void setScope(@Nullable ApiScope scope) {
        this.scope = scope;
    }

    public @Nullable String getNetwork() {
        return network;
    }

    public void setNetwork(@Nullable String network) {
        this.network = network;
    }

    /** The chosen network, or null when none was chosen. */
    @Nullable String networkOrNull() {
        return network == null || network.isBlank() ? null : network.strip();
    }
}
