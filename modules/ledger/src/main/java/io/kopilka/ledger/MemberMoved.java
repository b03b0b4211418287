package io.kopilka.ledger;

/**
 * The result of {@link Ledger#moveMember}: what moved from the duplicate to the member kept.
 *
 * @param transferId the transfer recorded
 * @param fromMember the duplicate
 * @param toMember   the member kept
 * @param available  available points moved (the lots' remaining points)
 * @param pending    pending points moved
 * @param debt       recorded debt moved
 * @param lots       lots moved, each now a lot of the member kept with its expiry and network
 * @param sources    sources with pending points moved
 * @param replayed   whether this answers a repeated idempotency key and changed nothing now
 */
public record MemberMoved(long transferId, long fromMember, long toMember, long available, long pending, long debt,
        int lots, int sources, boolean replayed) {
}
