package io.kopilka.ledger;

/** An idempotency key already used in the network for an operation with different content (HTTP 409). */
public class IdempotencyConflictException extends LedgerException {

    /** A conflict on this key. */
    public IdempotencyConflictException(String network, String idempotencyKey) {
        super("Idempotency key " + idempotencyKey + " in network " + network + " was used for another operation");
    }
}
