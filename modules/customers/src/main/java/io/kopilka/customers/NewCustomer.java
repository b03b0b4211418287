package io.kopilka.customers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a person gives at registration, as typed: the phone in any common form, everything else optional. */
public record NewCustomer(@Nullable String phone, @Nullable String email, @Nullable String firstName,
                          @Nullable String lastName, @Nullable LocalDate birthDate, Consents consents,
                          @Nullable NewCompany company) {

    /** A registration with a phone only and no consents. */
    public static NewCustomer withPhone(String phone) {
        return new NewCustomer(phone, null, null, null, null, Consents.none(), null);
    }

    /** This registration with another e-mail. */
    public NewCustomer withEmail(@Nullable String email) {
        return new NewCustomer(phone, email, firstName, lastName, birthDate, consents, company);
    }

    /** This registration with other names. */
    public NewCustomer withNames(@Nullable String firstName, @Nullable String lastName) {
        return new NewCustomer(phone, email, firstName, lastName, birthDate, consents, company);
    }

    /** This registration with another birth date. */
    public NewCustomer withBirthDate(@Nullable LocalDate birthDate) {
        return new NewCustomer(phone, email, firstName, lastName, birthDate, consents, company);
    }

    /** This registration with other consents. */
    public NewCustomer withConsents(Consents consents) {
        return new NewCustomer(phone, email, firstName, lastName, birthDate, consents, company);
    }

    /** This registration for a company. */
    public NewCustomer withCompany(@Nullable NewCompany company) {
        return new NewCustomer(phone, email, firstName, lastName, birthDate, consents, company);
    }
}
