package io.kopilka.identity;

import java.util.Set;

/** What it takes to create a sign-in account; the password is hashed before it is stored. */
public record NewAccount(String login, String password, String displayName, Set<Role> roles) {

    public NewAccount {
        roles = Set.copyOf(roles);
    }
}
