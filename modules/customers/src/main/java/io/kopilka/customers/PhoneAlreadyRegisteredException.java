package io.kopilka.customers;

/** Refuses a registration whose phone belongs to a person already registered, naming that person. */
public class PhoneAlreadyRegisteredException extends RuntimeException {

    private final CustomerId existing;

    /** Refuses because of the person {@code existing}. */
    public PhoneAlreadyRegisteredException(CustomerId existing) {
        super("customer.phone.taken: " + existing.value());
        this.existing = existing;
    }

    /** The person who already has the phone. */
    public CustomerId existing() {
        return existing;
    }
}
