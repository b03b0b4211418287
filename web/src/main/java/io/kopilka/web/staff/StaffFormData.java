package io.kopilka.web.staff;

import io.kopilka.identity.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The new-staff-user form as typed; the identity module checks every field. */
public class StaffFormData {

    private @Nullable String login;
    private @Nullable String displayName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private @Nullable String password;

    public @Nullable String getLogin() {
        return login;
    }

    public void setLogin(@Nullable String login) {
        this.login = login;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable Set<Role> roles) {
        this.roles = chosen(roles);
    }

    /** The roles chosen: a blank choice binds as a null role, which is no choice at all. */
    static Set<Role> chosen(@Nullable Set<Role> roles) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }
}
