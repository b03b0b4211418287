package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_ENTRY;
import static io.kopilka.db.Tables.LEDGER_LOT;
import static io.kopilka.db.Tables.LEDGER_LOT_USE;
import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_PENDING;
import static io.kopilka.db.Tables.LEDGER_TRANSFER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import io.kopilka.db.ChunkKeys;
import io.kopilka.db.Ids;
import io.kopilka.db.KeyPartition;
import io.kopilka.ledger.Account;
import io.kopilka.ledger.BulkRelease;
import io.kopilka.ledger.BulkResult;
import io.kopilka.ledger.ExpiryChunk;
import io.kopilka.ledger.ExpiryCursor;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.TransferKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The batch jobs' set-based statements: one transfer per chunk, a handful of INSERT … SELECT and UPDATE … JOIN
 * statements, whatever the chunk's size. The chunk's members are locked first, in id order, so bulk runs and
 * single operations never change a member's rows at the same time and never deadlock on each other.
 */
@Repository
class BulkStatements {

    /** Network code of programme-wide transfers such as an expiry run, which span networks. */
    static final String PROGRAMME_WIDE = "*";

    private final DSLContext db;

    BulkStatements(DSLContext db) {
        this.db = db;
    }

    BulkResult releaseSources(BulkRelease r) {
        if (r.sourceRefs().isEmpty()) {
            return new BulkResult(0, 0);
        }
        // The chunk's pending sources: the references joined to ledger_pending by its key.
        Table<?> sources = ChunkKeys.strings("chunk_refs", r.sourceRefs()).straightJoin(LEDGER_PENDING)
                .on(LEDGER_PENDING.NETWORK_CODE.eq(r.network()),
                        LEDGER_PENDING.SOURCE_REF.eq(ChunkKeys.stringKey("chunk_refs")));
        Condition open = LEDGER_PENDING.POINTS.gt(0L);
        List<Long> members = lockOwners(sources, open);
        if (members.isEmpty()) {
            return new BulkResult(0, 0);
        }
        long transferId = insertHeader(TransferKind.RELEASE, r.network(), r.reason(), r.businessTime());
        Field<LocalDateTime> time = val(r.businessTime());

        int pendingLines = db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO,
                        LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME,
                        LEDGER_ENTRY.SOURCE_REF)
                .select(select(inline(transferId),
                        rowNumber().over(orderBy(LEDGER_PENDING.MEMBER_ID, LEDGER_PENDING.SOURCE_REF)),
                        inline(Account.PENDING.name()), LEDGER_PENDING.MEMBER_ID, LEDGER_PENDING.POINTS.neg(), time,
                        LEDGER_PENDING.SOURCE_REF)
                        .from(sources).where(open))
                .execute();
        db.update(sources).set(LEDGER_PENDING.POINTS, 0L).where(open).execute();

        // Per member: the released total first pays off recorded debt, the rest becomes one lot.
        var released = select(LEDGER_ENTRY.MEMBER_ID.as("m"), sum(LEDGER_ENTRY.AMOUNT).neg().as("total"))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId), LEDGER_ENTRY.ACCOUNT.eq(Account.PENDING.name()))
                .groupBy(LEDGER_ENTRY.MEMBER_ID)
                .asTable("released");
        Field<Long> member = released.field("m", Long.class);
        Field<Long> total = released.field("total", BigDecimal.class).cast(SQLDataType.BIGINT);
        Field<Long> payOff = least(LEDGER_MEMBER.DEBT, total);
        int debtLines = db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO,
                        LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                .select(select(inline(transferId), rowNumber().over(orderBy(member)).plus(pendingLines),
                        inline(Account.DEBT.name()), member, payOff, time)
                        .from(released).straightJoin(LEDGER_MEMBER).on(LEDGER_MEMBER.MEMBER_ID.eq(member))
                        .where(LEDGER_MEMBER.DEBT.gt(0L)))
                .execute();
        db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                        LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                .select(select(inline(transferId), rowNumber().over(orderBy(member)).plus(pendingLines + debtLines),
                        inline(Account.AVAILABLE.name()), member, total.minus(payOff), time)
                        .from(released).straightJoin(LEDGER_MEMBER).on(LEDGER_MEMBER.MEMBER_ID.eq(member))
                        .where(total.gt(payOff)))
                .execute();
        db.insertInto(LEDGER_LOT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO, LEDGER_LOT.MEMBER_ID,
                        LEDGER_LOT.NETWORK_CODE, LEDGER_LOT.POINTS, LEDGER_LOT.REMAINING, LEDGER_LOT.IS_OPEN,
                        LEDGER_LOT.EXPIRES_AT)
                .select(select(LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.MEMBER_ID,
                        inline(r.network()), LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.AMOUNT, inline(true),
                        val(r.expiresAt()))
                        .from(LEDGER_ENTRY)
                        .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId),
                                LEDGER_ENTRY.ACCOUNT.eq(Account.AVAILABLE.name())))
                .execute();
        int changed = moveBalances(transferId);
        return new BulkResult(changed, totalOf(transferId, Account.PENDING) * -1);
    }

    /**
     * Expires every due lot of the members owning the partition's next {@code maxLots} due lots after the cursor. The
     * walk goes along the due-lot index and never back: the lots behind the cursor are closed (their members' due lots
     * all expired in one chunk), so a chunk reads only lots no chunk has read before, and partitions do not re-read
     * each other's lots that are still open.
     */
    ExpiryChunk expireDue(LocalDateTime businessTime, Reason reason, int maxLots, KeyPartition partition,
            @Nullable ExpiryCursor after) {
        Condition due = LEDGER_LOT.IS_OPEN.isTrue().and(LEDGER_LOT.EXPIRES_AT.le(businessTime));
        Condition behind = after == null ? noCondition()
                : LEDGER_LOT.EXPIRES_AT.gt(after.time())
                        .or(LEDGER_LOT.EXPIRES_AT.eq(after.time()).and(LEDGER_LOT.TRANSFER_ID.gt(after.id())))
                        .or(LEDGER_LOT.EXPIRES_AT.eq(after.time()).and(LEDGER_LOT.TRANSFER_ID.eq(after.id()))
                                .and(LEDGER_LOT.LINE_NO.gt(after.line())));
        var lots = db.select(LEDGER_LOT.MEMBER_ID, LEDGER_LOT.EXPIRES_AT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO)
                // Forced: left to itself the optimiser reads the index from the first open lot (a ref on is_open) and
                // filters up to the position, every chunk again; forced, it seeks the position (a range on all parts).
                .from(LEDGER_LOT.forceIndex("ix_ledger_lot_due"))
                .where(due, behind, partition.holds(LEDGER_LOT.MEMBER_ID))
                .orderBy(LEDGER_LOT.EXPIRES_AT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO).limit(maxLots).fetch();
        if (lots.isEmpty()) {
            return new ExpiryChunk(new BulkResult(0, 0), null);
        }
        var last = lots.get(lots.size() - 1);
        List<Long> members = List.copyOf(new TreeSet<>(lots.getValues(LEDGER_LOT.MEMBER_ID)));
        return new ExpiryChunk(expireLots(members, due, reason, businessTime),
                new ExpiryCursor(last.value2(), last.value3(), last.value4()));
    }

    /**
     * Expires every open lot of the partition's next {@code maxMembers} members with points and no purchase since the
     * cut-off, after the cursor in (last purchase, member id) order — the order of the last-purchase index, whose
     * entries carry the member id — so each inactive member is read once, not again by every later chunk.
     */
    ExpiryChunk expireInactive(LocalDateTime lastPurchaseBefore, LocalDateTime businessTime, Reason reason,
            int maxMembers, KeyPartition partition, @Nullable ExpiryCursor after) {
        Condition inactive = LEDGER_MEMBER.LAST_PURCHASE_AT.lt(lastPurchaseBefore);
        Condition behind = after == null ? noCondition()
                : LEDGER_MEMBER.LAST_PURCHASE_AT.gt(after.time())
                        .or(LEDGER_MEMBER.LAST_PURCHASE_AT.eq(after.time())
                                .and(LEDGER_MEMBER.MEMBER_ID.gt(after.id())));
        var found = db.select(LEDGER_MEMBER.MEMBER_ID, LEDGER_MEMBER.LAST_PURCHASE_AT)
                .from(LEDGER_MEMBER.forceIndex("ix_ledger_member_last_purchase"))
                .where(inactive, behind, LEDGER_MEMBER.AVAILABLE.gt(0L), partition.holds(LEDGER_MEMBER.MEMBER_ID))
                .orderBy(LEDGER_MEMBER.LAST_PURCHASE_AT, LEDGER_MEMBER.MEMBER_ID).limit(maxMembers).fetch();
        if (found.isEmpty()) {
            return new ExpiryChunk(new BulkResult(0, 0), null);
        }
        var last = found.get(found.size() - 1);
        List<Long> members = List.copyOf(new TreeSet<>(found.getValues(LEDGER_MEMBER.MEMBER_ID)));
        // Re-checked under the lock (the member's row is read with its lots): a purchase that landed meanwhile saves
        // the member's points.
        return new ExpiryChunk(expireLots(members, LEDGER_LOT.IS_OPEN.isTrue().and(inactive), reason, businessTime),
                new ExpiryCursor(last.value2(), last.value1(), 0));
    }

    /** Expires the members' lots that meet {@code lots}, a condition on the lot and the member's row. */
    private BulkResult expireLots(List<Long> members, Condition lots, Reason reason, LocalDateTime businessTime) {
        if (members.isEmpty()) {
            return new BulkResult(0, 0);
        }
        lockMembers(members);
        long transferId = insertHeader(TransferKind.EXPIRY, PROGRAMME_WIDE, reason, businessTime);
        int used = db.insertInto(LEDGER_LOT_USE, LEDGER_LOT_USE.TRANSFER_ID, LEDGER_LOT_USE.LOT_TRANSFER_ID,
                        LEDGER_LOT_USE.LOT_LINE_NO, LEDGER_LOT_USE.POINTS)
                .select(select(inline(transferId), LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO, LEDGER_LOT.REMAINING)
                        .from(ChunkKeys.longs("chunk_members", members)
                                .straightJoin(LEDGER_MEMBER)
                                .on(LEDGER_MEMBER.MEMBER_ID.eq(ChunkKeys.longKey("chunk_members")))
                                .straightJoin(LEDGER_LOT).on(LEDGER_LOT.MEMBER_ID.eq(LEDGER_MEMBER.MEMBER_ID)))
                        .where(LEDGER_LOT.REMAINING.gt(0L), lots))
                .execute();
        if (used == 0) {
            // Another run took these members first; dropping the empty header keeps every transfer meaningful.
            db.deleteFrom(LEDGER_TRANSFER).where(LEDGER_TRANSFER.ID.eq(transferId)).execute();
            return new BulkResult(0, 0);
        }
        Field<LocalDateTime> time = val(businessTime);
        db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                        LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                .select(select(inline(transferId), rowNumber().over(orderBy(LEDGER_LOT.MEMBER_ID)).plus(1),
                        inline(Account.AVAILABLE.name()), LEDGER_LOT.MEMBER_ID,
                        sum(LEDGER_LOT_USE.POINTS).neg().cast(SQLDataType.BIGINT), time)
                        .from(LEDGER_LOT_USE).join(LEDGER_LOT)
                        .on(LEDGER_LOT.TRANSFER_ID.eq(LEDGER_LOT_USE.LOT_TRANSFER_ID),
                                LEDGER_LOT.LINE_NO.eq(LEDGER_LOT_USE.LOT_LINE_NO))
                        .where(LEDGER_LOT_USE.TRANSFER_ID.eq(transferId))
                        .groupBy(LEDGER_LOT.MEMBER_ID))
                .execute();
        long total = -totalOf(transferId, Account.AVAILABLE);
        db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                        LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                .values(transferId, 1, Account.EXPIRED.name(), total, businessTime)
                .execute();
        db.update(LEDGER_LOT_USE.straightJoin(LEDGER_LOT)
                        .on(LEDGER_LOT_USE.LOT_TRANSFER_ID.eq(LEDGER_LOT.TRANSFER_ID),
                                LEDGER_LOT_USE.LOT_LINE_NO.eq(LEDGER_LOT.LINE_NO)))
                .set(LEDGER_LOT.REMAINING, inline(0L))
                .set(LEDGER_LOT.IS_OPEN, inline(false))
                .where(LEDGER_LOT_USE.TRANSFER_ID.eq(transferId))
                .execute();
        int changed = moveBalances(transferId);
        return new BulkResult(changed, total);
    }

    /**
     * Locks the members owning the sources' open points, in id order, and answers them. A source moved to another
     * member between the read and the lock (a merge of duplicates) shows in the second read and its new owner is
     * locked too; once both reads agree, no owner can change until the transaction ends.
     */
    private List<Long> lockOwners(Table<?> sources, Condition open) {
        TreeSet<Long> locked = new TreeSet<>();
        List<Long> owners = db.selectDistinct(LEDGER_PENDING.MEMBER_ID).from(sources).where(open)
                .fetch(LEDGER_PENDING.MEMBER_ID);
        while (!locked.containsAll(owners)) {
            locked.addAll(owners);
            lockMembers(List.copyOf(locked));
            owners = db.selectDistinct(LEDGER_PENDING.MEMBER_ID).from(sources).where(open)
                    .fetch(LEDGER_PENDING.MEMBER_ID);
        }
        return List.copyOf(locked);
    }

    /** Locks the members' rows in id order, the one order every multi-member statement uses. */
    void lockMembers(List<Long> members) {
        db.select(LEDGER_MEMBER.MEMBER_ID)
                .from(ChunkKeys.longs("chunk_members", members).straightJoin(LEDGER_MEMBER)
                        .on(LEDGER_MEMBER.MEMBER_ID.eq(ChunkKeys.longKey("chunk_members"))))
                .orderBy(LEDGER_MEMBER.MEMBER_ID).forUpdate().execute();
    }

    private long insertHeader(TransferKind kind, String network, Reason reason, LocalDateTime businessTime) {
        long id = Ids.next();
        db.insertInto(LEDGER_TRANSFER)
                .set(LEDGER_TRANSFER.ID, id)
                .set(LEDGER_TRANSFER.KIND, kind.name())
                .set(LEDGER_TRANSFER.NETWORK_CODE, network)
                .set(LEDGER_TRANSFER.REASON_CODE, reason.code())
                .set(LEDGER_TRANSFER.REASON_PARAMS, ReasonCodec.encode(reason.params()))
                .set(LEDGER_TRANSFER.BUSINESS_TIME, businessTime)
                .execute();
        return id;
    }

    /** Moves every member's balances by the transfer's member entries in one UPDATE … JOIN; returns members changed. */
    int moveBalances(long transferId) {
        var moves = select(LEDGER_ENTRY.MEMBER_ID.as("m"),
                        amountOf(Account.PENDING).as("p"), amountOf(Account.AVAILABLE).as("a"),
                        amountOf(Account.DEBT).as("d"))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId), LEDGER_ENTRY.MEMBER_ID.isNotNull())
                .groupBy(LEDGER_ENTRY.MEMBER_ID)
                .asTable("moves");
        Field<BigDecimal> p = moves.field("p", BigDecimal.class);
        Field<BigDecimal> a = moves.field("a", BigDecimal.class);
        Field<BigDecimal> d = moves.field("d", BigDecimal.class);
        // The moves drive the join: only their members' rows are read, and so locked, never a scan of the others.
        return db.update(moves.straightJoin(LEDGER_MEMBER).on(LEDGER_MEMBER.MEMBER_ID.eq(moves.field("m", Long.class))))
                .set(LEDGER_MEMBER.PENDING, LEDGER_MEMBER.PENDING.plus(p))
                .set(LEDGER_MEMBER.AVAILABLE, LEDGER_MEMBER.AVAILABLE.plus(a))
                .set(LEDGER_MEMBER.DEBT, LEDGER_MEMBER.DEBT.minus(d))
                .execute();
    }

    private static Field<BigDecimal> amountOf(Account account) {
        return coalesce(sum(when(LEDGER_ENTRY.ACCOUNT.eq(account.name()), LEDGER_ENTRY.AMOUNT).otherwise(0L)),
                BigDecimal.ZERO);
    }

    private long totalOf(long transferId, Account account) {
        BigDecimal total = db.select(sum(LEDGER_ENTRY.AMOUNT)).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId), LEDGER_ENTRY.ACCOUNT.eq(account.name()))
                .fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValueExact();
    }
}
