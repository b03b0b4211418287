package io.kopilka.orders;

/**
 * A call refused because of the order's state or an id reused with other content (HTTP 409); nothing changed.
 * {@link #code()} is a message code such as {@code order.conflict.idempotency}.
 */
public class OrderConflictException extends RuntimeException {

    private final String code;

    /** A conflict with its message code. */
    public OrderConflictException(String code) {
        super(code);
        this.code = code;
    }

    /** The message code. */
    public String code() {
        return code;
    }
}
