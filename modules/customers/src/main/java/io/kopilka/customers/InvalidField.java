package io.kopilka.customers;

/**
 * One refused field: {@code field} is its path in the registration ({@code phone}, {@code company.inn}) and
 * {@code code} the message key the web layer translates ({@code customer.phone.invalid}).
 */
public record InvalidField(String field, String code) {
}
