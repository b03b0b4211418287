package io.kopilka.customers;

/** A person buying for a company, whether they are its admin and whether the admin lets them buy (enabled). */
public record Buyer(Customer customer, boolean admin, boolean enabled) {
}
