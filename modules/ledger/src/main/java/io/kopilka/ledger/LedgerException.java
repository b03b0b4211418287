package io.kopilka.ledger;

/** An operation the ledger refuses; nothing was recorded. */
public class LedgerException extends RuntimeException {

    /** A refusal with its explanation. */
    public LedgerException(String message) {
        super(message);
    }
}
