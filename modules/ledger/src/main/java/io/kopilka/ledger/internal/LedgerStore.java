package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_ENTRY;
import static io.kopilka.db.Tables.LEDGER_LOT;
import static io.kopilka.db.Tables.LEDGER_LOT_USE;
import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_PENDING;
import static io.kopilka.db.Tables.LEDGER_TRANSFER;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.kopilka.ledger.Account;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Posting;
import io.kopilka.ledger.TransferKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Row-level reads and writes of single-member operations. Every method that changes a member's balance, lots or
 * pending sources must run after {@link #lockMember} in the same transaction: that row lock is what serialises
 * concurrent operations on one member.
 */
@Repository
class LedgerStore {

    private final DSLContext db;

    LedgerStore(DSLContext db) {
        this.db = db;
    }

    Optional<StoredTransfer> findByKey(String network, String key) {
        return db.select(LEDGER_TRANSFER.ID, LEDGER_TRANSFER.KIND, LEDGER_TRANSFER.FINGERPRINT, LEDGER_TRANSFER.MEMBER_ID)
                .from(LEDGER_TRANSFER)
                .where(LEDGER_TRANSFER.NETWORK_CODE.eq(network), LEDGER_TRANSFER.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(r -> new StoredTransfer(r.value1(), TransferKind.valueOf(r.value2()), r.value3(),
                        r.value4()));
    }

    /** Inserting the header first claims the idempotency key: a concurrent twin blocks on the unique index. */
    void insertHeader(TransferDraft t, @Nullable String idempotencyKey, @Nullable String fingerprint,
            @Nullable String sourceLines, @Nullable String staffMember, @Nullable String comment) {
        Operation op = t.operation;
        db.insertInto(LEDGER_TRANSFER)
                .set(LEDGER_TRANSFER.ID, t.id)
                .set(LEDGER_TRANSFER.KIND, t.kind.name())
                .set(LEDGER_TRANSFER.NETWORK_CODE, op.network())
                .set(LEDGER_TRANSFER.IDEMPOTENCY_KEY, idempotencyKey)
                .set(LEDGER_TRANSFER.FINGERPRINT, fingerprint)
                .set(LEDGER_TRANSFER.MEMBER_ID, t.memberId)
                .set(LEDGER_TRANSFER.REASON_CODE, op.reason().code())
                .set(LEDGER_TRANSFER.REASON_PARAMS, ReasonCodec.encode(op.reason().params()))
                .set(LEDGER_TRANSFER.BUSINESS_TIME, op.businessTime())
                .set(LEDGER_TRANSFER.SOURCE_REF, t.sourceRef)
                .set(LEDGER_TRANSFER.SOURCE_LINES, sourceLines)
                .set(LEDGER_TRANSFER.STAFF_MEMBER, staffMember)
                .set(LEDGER_TRANSFER.STAFF_COMMENT, comment)
                .execute();
    }

    /**
     * Creates the member's row if needed and locks it. The upsert takes the exclusive lock at once, so two first
     * operations of a new member cannot deadlock upgrading shared locks.
     */
    MemberState lockMember(long memberId) {
        db.insertInto(LEDGER_MEMBER, LEDGER_MEMBER.MEMBER_ID).values(memberId)
                .onDuplicateKeyUpdate().set(LEDGER_MEMBER.MEMBER_ID, LEDGER_MEMBER.MEMBER_ID)
                .execute();
        return db.select(LEDGER_MEMBER.PENDING, LEDGER_MEMBER.AVAILABLE, LEDGER_MEMBER.RESERVED, LEDGER_MEMBER.DEBT)
                .from(LEDGER_MEMBER).where(LEDGER_MEMBER.MEMBER_ID.eq(memberId))
                .forUpdate()
                .fetchSingle(r -> new MemberState(memberId, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<PendingSource> pendingOf(String network, String sourceRef) {
        return db.selectFrom(LEDGER_PENDING)
                .where(LEDGER_PENDING.NETWORK_CODE.eq(network), LEDGER_PENDING.SOURCE_REF.eq(sourceRef))
                .forUpdate()
                .fetchOptional(r -> new PendingSource(r.getNetworkCode(), r.getSourceRef(), r.getMemberId(),
                        r.getPoints()));
    }

    void addPending(String network, String sourceRef, long memberId, long delta) {
        db.insertInto(LEDGER_PENDING)
                .set(LEDGER_PENDING.NETWORK_CODE, network)
                .set(LEDGER_PENDING.SOURCE_REF, sourceRef)
                .set(LEDGER_PENDING.MEMBER_ID, memberId)
                .set(LEDGER_PENDING.POINTS, delta)
                .onDuplicateKeyUpdate()
                .set(LEDGER_PENDING.POINTS, LEDGER_PENDING.POINTS.plus(delta))
                .execute();
    }

    /** An UPDATE, not the upsert: MariaDB checks the upsert's VALUES row against the CHECK before finding the key. */
    void subtractPending(String network, String sourceRef, long points) {
        int updated = db.update(LEDGER_PENDING)
                .set(LEDGER_PENDING.POINTS, LEDGER_PENDING.POINTS.minus(points))
                .where(LEDGER_PENDING.NETWORK_CODE.eq(network), LEDGER_PENDING.SOURCE_REF.eq(sourceRef),
                        LEDGER_PENDING.POINTS.ge(points))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("Pending of " + sourceRef + " changed under the member's lock");
        }
    }

    /** Takes {@code points} from the member's open lots, soonest expiry first (ties by age), and returns what it took. */
    List<LotUse> consumeLots(long memberId, long points) {
        List<LotUse> uses = new ArrayList<>();
        long left = points;
        try (var cursor = db.select(LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO, LEDGER_LOT.REMAINING)
                .from(LEDGER_LOT)
                .where(LEDGER_LOT.MEMBER_ID.eq(memberId), LEDGER_LOT.IS_OPEN.isTrue())
                .orderBy(LEDGER_LOT.EXPIRES_AT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO)
                .fetchSize(50)
                .fetchLazy()) {
            while (left > 0 && cursor.hasNext()) {
                var lot = cursor.fetchNext();
                long take = Math.min(left, lot.value3());
                uses.add(new LotUse(lot.value1(), lot.value2(), take));
                left -= take;
            }
        }
        if (left > 0) {
            throw new IllegalStateException("Member " + memberId + "'s lots hold less than the available balance");
        }
        for (LotUse use : uses) {
            // is_open is assigned first so it sees the old remaining under either assignment order MariaDB may use.
            int updated = db.update(LEDGER_LOT)
                    .set(LEDGER_LOT.IS_OPEN, LEDGER_LOT.REMAINING.minus(use.points()).gt(0L))
                    .set(LEDGER_LOT.REMAINING, LEDGER_LOT.REMAINING.minus(use.points()))
                    .where(LEDGER_LOT.TRANSFER_ID.eq(use.lotTransferId()), LEDGER_LOT.LINE_NO.eq(use.lotLineNo()),
                            LEDGER_LOT.REMAINING.ge(use.points()))
                    .execute();
            if (updated != 1) {
                throw new IllegalStateException("Lot " + use + " changed under the member's lock");
            }
        }
        return uses;
    }

    /** Puts back into their lots the points a transfer took (a rejected payout). */
    long restoreLots(long fromTransferId) {
        return db.update(LEDGER_LOT.join(LEDGER_LOT_USE)
                        .on(LEDGER_LOT_USE.LOT_TRANSFER_ID.eq(LEDGER_LOT.TRANSFER_ID),
                                LEDGER_LOT_USE.LOT_LINE_NO.eq(LEDGER_LOT.LINE_NO)))
                .set(LEDGER_LOT.REMAINING, LEDGER_LOT.REMAINING.plus(LEDGER_LOT_USE.POINTS))
                .set(LEDGER_LOT.IS_OPEN, inline(true))
                .where(LEDGER_LOT_USE.TRANSFER_ID.eq(fromTransferId))
                .execute();
    }

    /** Writes the draft's entries, lots and lot uses, and moves the member's balances by the same amounts. */
    void write(TransferDraft t, @Nullable LocalDateTime purchaseAt) {
        if (!t.balanced()) {
            throw new IllegalStateException("Transfer " + t.kind + " does not balance: " + t.lines());
        }
        if (t.lines().isEmpty()) {
            throw new IllegalStateException("Transfer " + t.kind + " moves nothing");
        }
        LocalDateTime time = t.operation.businessTime();
        var entries = db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME, LEDGER_ENTRY.SOURCE_REF);
        for (Line line : t.lines()) {
            entries = entries.values(t.id, line.lineNo(), line.account().name(), line.memberId(), line.amount(), time,
                    line.sourceRef());
        }
        entries.execute();
        for (Line line : t.lines()) {
            if (line.lotExpiresAt() != null) {
                db.insertInto(LEDGER_LOT)
                        .set(LEDGER_LOT.TRANSFER_ID, t.id)
                        .set(LEDGER_LOT.LINE_NO, line.lineNo())
                        .set(LEDGER_LOT.MEMBER_ID, t.memberId)
                        .set(LEDGER_LOT.NETWORK_CODE, t.operation.network())
                        .set(LEDGER_LOT.POINTS, line.amount())
                        .set(LEDGER_LOT.REMAINING, line.amount())
                        .set(LEDGER_LOT.IS_OPEN, true)
                        .set(LEDGER_LOT.EXPIRES_AT, line.lotExpiresAt())
                        .execute();
            }
        }
        if (!t.uses().isEmpty()) {
            var uses = db.insertInto(LEDGER_LOT_USE, LEDGER_LOT_USE.TRANSFER_ID, LEDGER_LOT_USE.LOT_TRANSFER_ID,
                    LEDGER_LOT_USE.LOT_LINE_NO, LEDGER_LOT_USE.POINTS);
            for (LotUse use : t.uses()) {
                uses = uses.values(t.id, use.lotTransferId(), use.lotLineNo(), use.points());
            }
            uses.execute();
        }
        moveBalances(t, purchaseAt);
    }

    /** A guarded update: even if a caller forgot the lock, no balance can be driven below zero. */
    private void moveBalances(TransferDraft t, @Nullable LocalDateTime purchaseAt) {
        long pending = t.change(Account.PENDING);
        long available = t.change(Account.AVAILABLE);
        long reserved = t.change(Account.RESERVED);
        long debt = -t.change(Account.DEBT);
        Field<LocalDateTime> lastPurchase = lastPurchaseAtLeast(purchaseAt);
        int updated = db.update(LEDGER_MEMBER)
                .set(LEDGER_MEMBER.PENDING, LEDGER_MEMBER.PENDING.plus(pending))
                .set(LEDGER_MEMBER.AVAILABLE, LEDGER_MEMBER.AVAILABLE.plus(available))
                .set(LEDGER_MEMBER.RESERVED, LEDGER_MEMBER.RESERVED.plus(reserved))
                .set(LEDGER_MEMBER.DEBT, LEDGER_MEMBER.DEBT.plus(debt))
                .set(LEDGER_MEMBER.LAST_PURCHASE_AT, lastPurchase)
                .where(LEDGER_MEMBER.MEMBER_ID.eq(t.memberId),
                        LEDGER_MEMBER.PENDING.plus(pending).ge(0L),
                        LEDGER_MEMBER.AVAILABLE.plus(available).ge(0L),
                        LEDGER_MEMBER.RESERVED.plus(reserved).ge(0L),
                        LEDGER_MEMBER.DEBT.plus(debt).ge(0L))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("Balances of member " + t.memberId + " would go below zero");
        }
    }

    /** The member's last purchase moved forward to {@code purchaseAt} if that is later; unchanged when null. */
    static Field<LocalDateTime> lastPurchaseAtLeast(@Nullable LocalDateTime purchaseAt) {
        return purchaseAt == null ? LEDGER_MEMBER.LAST_PURCHASE_AT
                : when(LEDGER_MEMBER.LAST_PURCHASE_AT.isNull(), inline(purchaseAt))
                        .otherwise(greatest(LEDGER_MEMBER.LAST_PURCHASE_AT, inline(purchaseAt)));
    }

    /** The posting a stored transfer stands for: the net change of each of the member's accounts. */
    Posting postingOf(long transferId, TransferKind kind, long memberId, boolean replayed) {
        var sums = db.select(
                        sumOf(Account.PENDING), sumOf(Account.AVAILABLE), sumOf(Account.RESERVED), sumOf(Account.DEBT))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId), LEDGER_ENTRY.MEMBER_ID.eq(memberId))
                .fetchSingle();
        return new Posting(transferId, kind, memberId, sums.value1().longValue(), sums.value2().longValue(),
                sums.value3().longValue(), -sums.value4().longValue(), replayed);
    }

    private static Field<java.math.BigDecimal> sumOf(Account account) {
        return org.jooq.impl.DSL.coalesce(
                sum(when(LEDGER_ENTRY.ACCOUNT.eq(account.name()), LEDGER_ENTRY.AMOUNT).otherwise(0L)),
                java.math.BigDecimal.ZERO);
    }
}
