package io.kopilka.customers;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a registration because of invalid fields; lists every one of them, not just the first. */
public class InvalidCustomerException extends RuntimeException {

    private final List<InvalidField> fields;

    /** Refuses with these fields (at least one). */
    public InvalidCustomerException(List<InvalidField> fields) {
        super(fields.stream().map(f -> f.field() + "=" + f.code()).collect(Collectors.joining(", ")));
        this.fields = List.copyOf(fields);
    }

    /** The refused fields, each with its message code. */
    public List<InvalidField> fields() {
        return fields;
    }
}
