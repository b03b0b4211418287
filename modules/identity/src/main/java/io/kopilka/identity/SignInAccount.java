package io.kopilka.identity;

import java.util.Set;

/**
 * A person who may sign in: a normalised login (phone or user name), a password hash and roles, and whether the
 * password was chosen by someone else and must be changed before anything else ({@code mustChangePassword}).
 */
public record SignInAccount(long id, String login, String passwordHash, String displayName, boolean enabled,
                            Set<Role> roles, boolean mustChangePassword) {

    public SignInAccount {
        roles = Set.copyOf(roles);
    }

    /** An account whose password its owner chose. */
    public SignInAccount(long id, String login, String passwordHash, String displayName, boolean enabled,
                         Set<Role> roles) {
        this(id, login, passwordHash, displayName, enabled, roles, false);
    }
}
