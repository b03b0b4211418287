package io.kopilka.customers;

/** Refuses a change to a company's buyers asked by someone who is not that company's admin buyer. */
public class NotCompanyAdminException extends RuntimeException {

    /** Refuses the person with this id. */
    public NotCompanyAdminException(CustomerId who) {
        super("Customer " + who.value() + " is not the admin of the company concerned");
    }
}
