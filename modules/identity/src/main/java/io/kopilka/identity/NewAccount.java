package io.kopilka.identity;

import java.util.Set;

/**
 * What it takes to create a sign-in account; the password is hashed before it is stored. An initial password
 * ({@code initialPassword}: someone else chose it and told the person) must be changed at the first sign-in.
 */
public record NewAccount(String login, String password, String displayName, Set<Role> roles,
                         boolean initialPassword) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }

    /** An account with a password its owner chose (sign-up, the demo people). */
    public NewAccount(String login, String password, String displayName, Set<Role> roles) {
        this(login, password, displayName, roles, false);
    }

    /** An account with a password someone else chose, to be changed at the first sign-in. */
    public static NewAccount withInitialPassword(String login, String password, String displayName, Set<Role> roles) {
        return new NewAccount(login, password, displayName, roles, true);
    }
}
