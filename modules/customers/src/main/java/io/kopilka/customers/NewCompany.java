package io.kopilka.customers;

import org.jspecify.annotations.Nullable;

/** The company a new person buys for: joined when its INN is known, created otherwise. */
public record NewCompany(@Nullable String inn, @Nullable String name, @Nullable String kpp) {

    /** A company given by INN and name only, as the API sends it. */
    public static NewCompany of(String inn, String name) {
        return new NewCompany(inn, name, null);
    }
}
