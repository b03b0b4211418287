package io.kopilka.customers;

/** Identifies a person of the programme; its value is also the person's member id in the ledger. */
public record CustomerId(long value) {
}
