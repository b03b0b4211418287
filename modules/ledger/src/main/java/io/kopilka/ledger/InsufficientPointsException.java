package io.kopilka.ledger;

/** More points asked for than the account holds (available, pending of a source, reserved). */
public class InsufficientPointsException extends LedgerException {

    /** A refusal naming what was asked and what there is. */
    public InsufficientPointsException(String what, long asked, long held) {
        super("Asked for " + asked + " points of " + what + ", only " + held + " held");
    }
}
