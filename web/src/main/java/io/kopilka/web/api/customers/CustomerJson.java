package io.kopilka.web.api.customers;

import io.kopilka.customers.Customer;
import org.jspecify.annotations.Nullable;

/** The API's {@code Customer}, as api.md names it. */
record CustomerJson(long customerId, String phone, @Nullable String email, @Nullable String firstName,
                    @Nullable String lastName, String cardNumber, TierJson tier, @Nullable CompanyJson company) {

    /** A tier by code and name. */
    record TierJson(String code, String name) {
    }

    /** The company a B2B buyer buys for. */
    record CompanyJson(long companyId, String inn, String name) {
    }

    static CustomerJson of(Customer customer) {
        var company = customer.company();
        return new CustomerJson(customer.customerId().value(), customer.phone(), customer.email(),
                customer.firstName(), customer.lastName(), customer.cardNumber(),
                new TierJson(customer.tier().code(), customer.tier().name()),
                company == null ? null : new CompanyJson(company.companyId().value(), company.inn(), company.name()));
    }
}
