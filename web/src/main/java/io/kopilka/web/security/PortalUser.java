package io.kopilka.web.security;

import io.kopilka.identity.Role;
import io.kopilka.identity.SignInAccount;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security sees them, with the name the pages greet them by. */
public class PortalUser extends User {

    private final long accountId;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean mustChangePassword;

    PortalUser(SignInAccount account) {
        super(account.login(), account.passwordHash(), account.enabled(), true, true, true,
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .collect(Collectors.toSet()));
        this.accountId = account.id();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.mustChangePassword = account.mustChangePassword();
    }

    /** The sign-in account's id. */
    public long accountId() {
        return accountId;
    }

    /** The name pages greet the person by. */
    public String displayName() {
        return displayName;
    }

    /** The person's roles. */
    public Set<Role> roles() {
        return roles;
    }

    /** Whether the person signed in with a password someone else chose, which they must replace before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
