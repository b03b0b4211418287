package io.kopilka.customers;

import org.jspecify.annotations.Nullable;

/** A legal entity buying through its people; {@code kpp} exists for organisations only, {@code admin} once it has buyers. */
public record Company(CompanyId companyId, String inn, @Nullable String kpp, String name, @Nullable CustomerId admin) {
}
