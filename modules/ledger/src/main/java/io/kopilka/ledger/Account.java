package io.kopilka.ledger;

/** The ledger's accounts: four per member, the rest the programme's own. */
public enum Account {
    /** The member's points not yet spendable (orders not yet delivered or settled). */
    PENDING(true),
    /** The member's spendable points, always equal to the remaining points of the member's open lots. */
    AVAILABLE(true),
    /** The member's points held for a requested payout. */
    RESERVED(true),
    /** The member's debt account: negative by the points taken back after they had been spent. */
    DEBT(true),
    /** Programme: where earned and granted points come from (and voided or taken-back points return to). */
    ISSUED(false),
    /** Programme: points spent on orders. */
    REDEEMED(false),
    /** Programme: points that expired. */
    EXPIRED(false),
    /** Programme: points paid out as money. */
    PAID_OUT(false),
    /** Programme: staff's manual corrections. */
    ADJUSTMENTS(false);

    private final boolean memberAccount;

    Account(boolean memberAccount) {
        this.memberAccount = memberAccount;
    }

    /** Whether the account belongs to a member rather than the programme. */
    public boolean isMemberAccount() {
        return memberAccount;
    }
}
