package io.kopilka.web.api.customers;

import io.kopilka.customers.Consents;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/customers}: a phone, and optionally e-mail, names, birth date, consents, company. */
record RegisterCustomerJson(@Nullable String phone, @Nullable String email, @Nullable String firstName,
                            @Nullable String lastName, @Nullable LocalDate birthDate, @Nullable ConsentsJson consents,
                            @Nullable CompanyJson company) {

    /** Which channels the customer agreed to be contacted by. */
    record ConsentsJson(boolean email, boolean sms, boolean push) {
    }

    /** The legal entity a buyer registers for. */
    record CompanyJson(@Nullable String inn, @Nullable String name, @Nullable String kpp) {
    }

    NewCustomer toNewCustomer() {
        return new NewCustomer(phone, email, firstName, lastName, birthDate,
                consents == null ? Consents.none() : new Consents(consents.email(), consents.sms(), consents.push()),
                company == null ? null : new NewCompany(company.inn(), company.name(), company.kpp()));
    }
}
