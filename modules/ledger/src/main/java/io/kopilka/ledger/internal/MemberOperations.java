package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_PAYOUT;

import io.kopilka.db.Ids;
import io.kopilka.ledger.Account;
import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.Adjustment;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.InsufficientPointsException;
import io.kopilka.ledger.LedgerException;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutDecision;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.PayoutStatus;
import io.kopilka.ledger.Posting;
import io.kopilka.ledger.Redemption;
import io.kopilka.ledger.Release;
import io.kopilka.ledger.Reversal;
import io.kopilka.ledger.SourceRef;
import io.kopilka.ledger.TransferKind;
import io.kopilka.ledger.VoidPending;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The single-member operations, each run inside one transaction: claim the key, lock the member, check, write.
 */
@Component
class MemberOperations {

    static final String REQUESTED = PayoutStatus.REQUESTED.name();
    static final String PAID = PayoutStatus.PAID.name();
    static final String REJECTED = PayoutStatus.REJECTED.name();

    private final LedgerStore store;
    private final DSLContext db;

    MemberOperations(LedgerStore store, DSLContext db) {
        this.store = store;
        this.db = db;
    }

    Posting accrue(Accrual a, String fingerprint) {
        TransferDraft t = claim(TransferKind.ACCRUAL, a.operation(), a.memberId(), a.source(), fingerprint);
        store.lockMember(a.memberId());
        String network = a.operation().network();
        store.pendingOf(network, a.source().ref()).ifPresent(source -> requireOwner(source, a.memberId()));
        store.addPending(network, a.source().ref(), a.memberId(), a.points());
        t.add(Account.ISSUED, -a.points());
        t.add(Account.PENDING, a.points());
        return finish(t, a.operation().businessTime());
    }

    Posting release(Release r, String fingerprint) {
        TransferDraft t = claim(TransferKind.RELEASE, r.operation(), r.memberId(), r.source(), fingerprint);
        MemberState member = store.lockMember(r.memberId());
        long points = takePending(r.operation(), r.memberId(), r.source(), r.points());
        t.add(Account.PENDING, -points);
        creditAvailable(t, member, points, r.expiresAt());
        return finish(t, null);
    }

    Posting voidPending(VoidPending v, String fingerprint) {
        TransferDraft t = claim(TransferKind.VOID, v.operation(), v.memberId(), v.source(), fingerprint);
        store.lockMember(v.memberId());
        long points = takePending(v.operation(), v.memberId(), v.source(), v.points());
        t.add(Account.PENDING, -points);
        t.add(Account.ISSUED, points);
        return finish(t, null);
    }

    Posting redeem(Redemption r, String fingerprint) {
        TransferDraft t = claim(TransferKind.REDEMPTION, r.operation(), r.memberId(), r.source(), fingerprint);
        MemberState member = store.lockMember(r.memberId());
        debitAvailable(t, member, r.points());
        t.add(Account.REDEEMED, r.points());
        return finish(t, null);
    }

    /**
     * Takes back from the source's pending, then from available, and records the rest as debt; then gives back
     * the spent points, which pay off debt first like any new available points (ADR 0006).
     */
    Posting reverse(Reversal r, String fingerprint) {
        TransferDraft t = claim(TransferKind.REVERSAL, r.operation(), r.memberId(), r.source(), fingerprint);
        MemberState member = store.lockMember(r.memberId());
        long fromPending = 0;
        if (r.takeBack() > 0) {
            var source = store.pendingOf(r.operation().network(), r.source().ref());
            if (source.isPresent()) {
                requireOwner(source.get(), r.memberId());
                fromPending = Math.min(r.takeBack(), source.get().points());
            }
        }
        if (fromPending > 0) {
            store.subtractPending(r.operation().network(), r.source().ref(), fromPending);
            t.add(Account.PENDING, -fromPending);
        }
        long rest = r.takeBack() - fromPending;
        long fromAvailable = Math.min(rest, member.available());
        if (fromAvailable > 0) {
            t.used(store.consumeLots(r.memberId(), fromAvailable));
            t.add(Account.AVAILABLE, -fromAvailable);
        }
        long newDebt = rest - fromAvailable;
        t.add(Account.DEBT, -newDebt);
        t.add(Account.ISSUED, r.takeBack());
        if (r.giveBack() > 0) {
            t.add(Account.REDEEMED, -r.giveBack());
            MemberState afterTaking = new MemberState(member.memberId(), member.pending(),
                    member.available() - fromAvailable, member.reserved(), member.debt() + newDebt);
            creditAvailable(t, afterTaking, r.giveBack(), r.giveBackExpiresAt());
        }
        return finish(t, null);
    }

    Posting grant(Grant g, String fingerprint) {
        TransferDraft t = claim(TransferKind.GRANT, g.operation(), g.memberId(), null, fingerprint);
        MemberState member = store.lockMember(g.memberId());
        t.add(Account.ISSUED, -g.points());
        creditAvailable(t, member, g.points(), g.expiresAt());
        return finish(t, null);
    }

    Posting adjust(Adjustment a, String fingerprint) {
        TransferDraft t = new TransferDraft(Ids.next(), TransferKind.ADJUSTMENT, a.operation(), a.memberId(), null);
        store.insertHeader(t, a.operation().idempotencyKey(), fingerprint, null, a.staffMember(), a.comment());
        MemberState member = store.lockMember(a.memberId());
        if (a.points() > 0) {
            t.add(Account.ADJUSTMENTS, -a.points());
            creditAvailable(t, member, a.points(), a.expiresAt());
        } else {
            debitAvailable(t, member, -a.points());
            t.add(Account.ADJUSTMENTS, -a.points());
        }
        return finish(t, null);
    }

    Posting requestPayout(PayoutRequest p, String fingerprint) {
        TransferDraft t = claim(TransferKind.PAYOUT_REQUEST, p.operation(), p.memberId(), null, fingerprint);
        MemberState member = store.lockMember(p.memberId());
        debitAvailable(t, member, p.points());
        t.add(Account.RESERVED, p.points());
        db.insertInto(LEDGER_PAYOUT)
                .set(LEDGER_PAYOUT.ID, t.id)
                .set(LEDGER_PAYOUT.MEMBER_ID, p.memberId())
                .set(LEDGER_PAYOUT.NETWORK_CODE, p.operation().network())
                .set(LEDGER_PAYOUT.POINTS, p.points())
                .set(LEDGER_PAYOUT.STATUS, REQUESTED)
                .execute();
        return finish(t, null);
    }

    Posting decidePayout(PayoutDecision d, boolean approve, String fingerprint) {
        var payout = db.selectFrom(LEDGER_PAYOUT).where(LEDGER_PAYOUT.ID.eq(d.payoutId())).fetchOptional()
                .orElseThrow(() -> new LedgerException("No payout " + d.payoutId()));
        TransferDraft t = new TransferDraft(Ids.next(),
                approve ? TransferKind.PAYOUT_APPROVAL : TransferKind.PAYOUT_REJECTION, d.operation(),
                payout.getMemberId(), "payout:" + d.payoutId());
        store.insertHeader(t, d.operation().idempotencyKey(), fingerprint, null, d.staffMember(), null);
        store.lockMember(payout.getMemberId());
        // The status guard makes approve and reject of one payout mutually exclusive, whichever comes first.
        int decided = db.update(LEDGER_PAYOUT)
                .set(LEDGER_PAYOUT.STATUS, approve ? PAID : REJECTED)
                .set(LEDGER_PAYOUT.DECISION_TRANSFER_ID, t.id)
                .where(LEDGER_PAYOUT.ID.eq(d.payoutId()), LEDGER_PAYOUT.STATUS.eq(REQUESTED))
                .execute();
        if (decided != 1) {
            throw new LedgerException("Payout " + d.payoutId() + " is not awaiting a decision");
        }
        long points = payout.getPoints();
        t.add(Account.RESERVED, -points);
        if (approve) {
            t.add(Account.PAID_OUT, points);
        } else {
            // The points go back into the very lots they came from, with their original expiry dates.
            store.restoreLots(d.payoutId());
            t.add(Account.AVAILABLE, points);
        }
        return finish(t, null);
    }

    private TransferDraft claim(TransferKind kind, Operation op, long memberId, @Nullable SourceRef source,
            String fingerprint) {
        TransferDraft t = new TransferDraft(Ids.next(), kind, op, memberId, source == null ? null : source.ref());
        String lines = source == null || source.lines().isEmpty() ? null : String.join(",", source.lines());
        store.insertHeader(t, op.idempotencyKey(), fingerprint, lines, null, null);
        return t;
    }

    private long takePending(Operation op, long memberId, SourceRef source, @Nullable Long asked) {
        PendingSource pending = store.pendingOf(op.network(), source.ref())
                .orElseThrow(() -> new InsufficientPointsException("pending of " + source.ref(),
                        asked == null ? 0 : asked, 0));
        requireOwner(pending, memberId);
        long points = asked == null ? pending.points() : asked;
        if (points > pending.points() || points == 0) {
            throw new InsufficientPointsException("pending of " + source.ref(), points, pending.points());
        }
        store.subtractPending(op.network(), source.ref(), points);
        return points;
    }

    private void debitAvailable(TransferDraft t, MemberState member, long points) {
        if (points > member.available()) {
            throw new InsufficientPointsException("available", points, member.available());
        }
        t.used(store.consumeLots(member.memberId(), points));
        t.add(Account.AVAILABLE, -points);
    }

    /** New available points pay off recorded debt first; only the rest opens a lot. */
    private static void creditAvailable(TransferDraft t, MemberState member, long points, LocalDateTime expiresAt) {
        long payOff = Math.min(member.debt(), points);
        t.add(Account.DEBT, payOff);
        if (points - payOff > 0) {
            t.openLot(points - payOff, expiresAt);
        }
    }

    private static void requireOwner(PendingSource source, long memberId) {
        if (source.memberId() != memberId) {
            throw new LedgerException("Source " + source.sourceRef() + " belongs to another member");
        }
    }

    private Posting finish(TransferDraft t, @Nullable LocalDateTime purchaseAt) {
        store.write(t, purchaseAt);
        return new Posting(t.id, t.kind, t.memberId, t.change(Account.PENDING), t.change(Account.AVAILABLE),
                t.change(Account.RESERVED), -t.change(Account.DEBT), false);
    }
}
