package io.kopilka.customers;

/** The tier a person currently has, as the programme names it. */
public record CustomerTier(String code, String name) {
}
