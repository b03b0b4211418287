package io.kopilka.ledger;

import io.kopilka.db.KeyPartition;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The points ledger: balanced, append-only transfers between member and programme accounts.
 *
 * <p>Every operation is idempotent by its {@link Operation#idempotencyKey()} within its network: repeating it with
 * the same content returns the first {@link Posting} (marked replayed) and changes nothing; repeating it with
 * different content throws {@link IdempotencyConflictException}. A refused operation records nothing.
 */
public interface Ledger {

    /** Credits earned points to the member's pending balance, tracked per source. */
    Posting accrue(Accrual accrual);

    /** Makes pending points of a source available as a lot; pays off recorded debt first. */
    Posting release(Release release);

    /** Cancels pending points of a source. */
    Posting voidPending(VoidPending voidPending);

    /** Spends available points, soonest-expiring lots first; never below zero. */
    Posting redeem(Redemption redemption);

    /** Takes back earned points and gives back spent points of a return, recording debt when short. */
    Posting reverse(Reversal reversal);

    /** Grants points as a lot with its own validity; pays off recorded debt first. */
    Posting grant(Grant grant);

    /** Applies a staff member's manual correction. */
    Posting adjust(Adjustment adjustment);

    /** Reserves available points for a payout; the posting's transfer id is the payout's id. */
    Posting requestPayout(PayoutRequest request);

    /** Marks a requested payout paid. */
    Posting approvePayout(PayoutDecision decision);

    /** Returns a requested payout's points to the lots they came from. */
    Posting rejectPayout(PayoutDecision decision);

    /**
     * Moves everything of a duplicate member to the kept member in one transfer: each open lot's remaining points as
     * a new lot of the kept member with the same expiry and network, each source's pending points (the source then
     * belongs to the kept member, so its later release or void works), the recorded debt, and the later last
     * purchase. The duplicate's entries stay as they are; its balances become zero.
     *
     * @throws MemberMoveRefusedException when the two are one member, or the duplicate has payouts awaiting a decision
     */
    MemberMoved moveMember(MemberMove move);

    /** Releases everything pending of a chunk of sources in a few set-based statements. */
    BulkResult releaseSources(BulkRelease release);

    /** Expires the lots due at {@code businessTime} of up to {@code maxMembers} members; call until it returns 0 members. */
    default BulkResult expireDue(LocalDateTime businessTime, Reason reason, int maxMembers) {
        return expireDue(businessTime, reason, maxMembers, KeyPartition.ALL, null).expired();
    }

    /**
     * Expires every lot due at {@code businessTime} of the members owning the partition's next {@code maxLots} due lots
     * after {@code after} (from the first when {@code null}), in (expiry date, lot) order: one chunk of a walk that
     * reads each due lot once. Call with the answer's {@link ExpiryChunk#next()} until it is {@code null}.
     */
    ExpiryChunk expireDue(LocalDateTime businessTime, Reason reason, int maxLots, KeyPartition partition,
            @Nullable ExpiryCursor after);

    /**
     * Expires all available points of up to {@code maxMembers} members whose last purchase was before
     * {@code lastPurchaseBefore} (the 14-month rule); call until it returns 0 members.
     */
    default BulkResult expireInactive(LocalDateTime lastPurchaseBefore, LocalDateTime businessTime, Reason reason,
            int maxMembers) {
        return expireInactive(lastPurchaseBefore, businessTime, reason, maxMembers, KeyPartition.ALL, null).expired();
    }

    /**
     * Expires all available points of the partition's next {@code maxMembers} members with points and a last purchase
     * before {@code lastPurchaseBefore}, after {@code after} (from the first when {@code null}) in (last purchase,
     * member id) order: one chunk of a walk that reads each inactive member once. Call with the answer's
     * {@link ExpiryChunk#next()} until it is {@code null}.
     */
    ExpiryChunk expireInactive(LocalDateTime lastPurchaseBefore, LocalDateTime businessTime, Reason reason,
            int maxMembers, KeyPartition partition, @Nullable ExpiryCursor after);

    /**
     * Members with available points expiring after {@code from} and up to {@code until}, in member id order after
     * {@code afterMemberId}, at most {@code limit}: one grouped statement per chunk, for "expiring soon" notices.
     */
    List<MemberExpiring> expiringBetween(LocalDateTime from, LocalDateTime until, long afterMemberId, int limit);

    /** The member's payouts, newest first. */
    List<Payout> payouts(long memberId);

    /** Payouts waiting for finance's decision, oldest first, at most {@code limit}. */
    List<Payout> payoutsAwaitingDecision(int limit);

    /** The member's balances, with the points expiring up to {@code expiringUntil}. */
    Balances balances(long memberId, LocalDateTime expiringUntil);

    /** The member's available points now (0 for a member without any): one read, for an order's calculation. */
    long available(long memberId);

    /** A page of the member's history, newest first, after {@code after} (or from the newest). */
    HistoryPage history(long memberId, @Nullable HistoryCursor after, int pageSize);

    /** Points redeemed in a business-time range by the network where they were earned and where spent. */
    List<Attribution> attribution(LocalDateTime from, LocalDateTime to);

    /** Points still pending of the source in the network; zero when there is none (released, voided, never accrued). */
    long pending(String network, String sourceRef);

    /** The member's sources with points still pending. */
    default List<PendingPoints> pendingOfMember(long memberId) {
        return pendingOfMembers(List.of(memberId));
    }

    /** The sources with points still pending of any of the members, in one read. */
    List<PendingPoints> pendingOfMembers(java.util.Collection<Long> memberIds);

    /**
     * Grants points to a chunk of members in one transfer of a few set-based statements (debt paid off first, the
     * rest a lot each); the caller makes it once per member, e.g. by recording each (promotion, member) first.
     */
    BulkResult grantMembers(BulkGrant grant);

    /** Points of the grants whose idempotency keys start with the prefix that were spent on orders. */
    long redeemedOfGrants(String keyPrefix);

    /** Verifies the whole ledger's invariants. */
    LedgerCheck check();
}
