package io.kopilka.customers;

/** The company a person buys for, and whether that person is the company's admin buyer. */
public record CustomerCompany(CompanyId companyId, String inn, String name, boolean admin) {
}
