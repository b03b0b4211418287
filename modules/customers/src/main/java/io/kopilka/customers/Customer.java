package io.kopilka.customers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person of the programme: phone in the +7XXXXXXXXXX form, e-mail in lower case, a 13-digit EAN-13 card number,
 * the current tier and, for a B2B buyer, the company.
 */
public record Customer(CustomerId customerId, String phone, @Nullable String email, @Nullable String firstName,
                       @Nullable String lastName, @Nullable LocalDate birthDate, Consents consents, String cardNumber,
                       CustomerTier tier, @Nullable CustomerCompany company) {
}
