package io.kopilka.web.buyers;

import org.jspecify.annotations.Nullable;

/** The invite form as typed by the company admin: the new buyer's phone and optional names. */
public class InviteFormData {

    private @Nullable String phone;
    private @Nullable String firstName;
    private @Nullable String lastName;

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName;
    }
}
