package io.kopilka.ledger;

/**
 * The result of an operation: its transfer and how it changed the member's balances.
 *
 * @param transferId      the transfer recorded (for a payout request also the payout's id)
 * @param kind            the kind of operation
 * @param memberId        the member concerned
 * @param pendingChange   change of the pending balance
 * @param availableChange change of the available balance
 * @param reservedChange  change of the points reserved for payouts
 * @param debtChange      change of the recorded debt (positive when debt grew)
 * @param replayed        whether this answers a repeated idempotency key and changed nothing now
 */
public record Posting(long transferId, TransferKind kind, long memberId, long pendingChange, long availableChange,
        long reservedChange, long debtChange, boolean replayed) {
}
