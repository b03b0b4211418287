package io.kopilka.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator types to create a staff user: a user name, a display name, staff roles and a first password. */
public record NewStaffAccount(@Nullable String login, @Nullable String displayName, Set<Role> roles,
                              @Nullable String password) {

    public NewStaffAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
