package io.kopilka.identity;

import java.util.Set;

/** A person who may sign in: a normalised login (phone or user name), a password hash and roles. */
public record SignInAccount(long id, String login, String passwordHash, String displayName, boolean enabled,
                            Set<Role> roles) {

    public SignInAccount {
        roles = Set.copyOf(roles);
    }
}
