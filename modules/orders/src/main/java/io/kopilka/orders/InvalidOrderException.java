package io.kopilka.orders;

import java.util.List;

/** An order request refused before anything changed, naming each invalid field with a message code. */
public class InvalidOrderException extends RuntimeException {

    /** A refused field: its path in the request (e.g. {@code lines[2].quantity}) and the message code saying why. */
    public record FieldError(String field, String code) {
    }

    private final List<FieldError> fields;

    /** A refusal listing the fields. */
    public InvalidOrderException(List<FieldError> fields) {
        super("Invalid order: " + fields);
        this.fields = List.copyOf(fields);
    }

    /** A refusal of one field. */
    public static InvalidOrderException of(String field, String code) {
        return new InvalidOrderException(List.of(new FieldError(field, code)));
    }

    /** The refused fields. */
    public List<FieldError> fields() {
        return fields;
    }
}
