package io.kopilka.customers;

/** Identifies a company; its value is the company's member id in the ledger, since a company's points belong to it. */
public record CompanyId(long value) {
}
