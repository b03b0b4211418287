package io.kopilka.ledger;

/** A move of one member's points to another that the ledger refuses; nothing was recorded. */
public class MemberMoveRefusedException extends LedgerException {

    /** Why a move is refused. */
    public enum Why {
        /** The duplicate and the member kept are one member. */
        SAME_MEMBER,
        /** The duplicate has payouts awaiting finance's decision: their reserved points cannot move. */
        PAYOUTS_AWAITING_DECISION
    }

    private final Why why;

    /** A refusal of the move from one member to another. */
    public MemberMoveRefusedException(Why why, long fromMember, long toMember) {
        super("Cannot move member " + fromMember + " to " + toMember + ": " + why);
        this.why = why;
    }

    /** Why the move was refused. */
    public Why why() {
        return why;
    }
}
