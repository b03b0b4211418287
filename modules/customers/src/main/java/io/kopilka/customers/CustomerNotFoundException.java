package io.kopilka.customers;

/** Says that no person has the given id. */
public class CustomerNotFoundException extends RuntimeException {

    /** For the id that was not found. */
    public CustomerNotFoundException(CustomerId id) {
        super("customer.notFound: " + id.value());
    }
}
