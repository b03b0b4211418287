package io.kopilka.customers.internal;

import io.kopilka.customers.Consents;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A registration that passed every field check, in the forms it is stored in. */
record ValidRegistration(String phone, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
                         @Nullable LocalDate birthDate, Consents consents, @Nullable ValidCompany company) {

    /** The company part: INN, KPP (organisations only) and name. */
    record ValidCompany(String inn, @Nullable String kpp, String name) {
    }
}
