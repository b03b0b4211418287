package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_ENTRY;
import static io.kopilka.db.Tables.LEDGER_LOT;
import static io.kopilka.db.Tables.LEDGER_LOT_USE;
import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_PAYOUT;
import static io.kopilka.db.Tables.LEDGER_PENDING;
import static io.kopilka.db.Tables.LEDGER_TRANSFER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;

import io.kopilka.db.ChunkKeys;
import io.kopilka.ledger.Account;
import io.kopilka.ledger.Attribution;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.ExpiringPoints;
import io.kopilka.ledger.HistoryCursor;
import io.kopilka.ledger.HistoryEntry;
import io.kopilka.ledger.HistoryPage;
import io.kopilka.ledger.MemberExpiring;
import io.kopilka.ledger.Payout;
import io.kopilka.ledger.PayoutStatus;
import io.kopilka.ledger.PendingPoints;
import io.kopilka.ledger.TransferKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The ledger's reads: balances, history and attribution. */
@Repository
class LedgerQueries {

    private final DSLContext db;

    LedgerQueries(DSLContext db) {
        this.db = db;
    }

    List<Payout> payouts(Condition which, boolean oldestFirst, int limit) {
        return db.select(LEDGER_PAYOUT.ID, LEDGER_PAYOUT.MEMBER_ID, LEDGER_PAYOUT.NETWORK_CODE, LEDGER_PAYOUT.POINTS,
                        LEDGER_TRANSFER.BUSINESS_TIME, LEDGER_PAYOUT.STATUS)
                .from(LEDGER_PAYOUT).join(LEDGER_TRANSFER).on(LEDGER_TRANSFER.ID.eq(LEDGER_PAYOUT.ID))
                .where(which)
                .orderBy(oldestFirst ? LEDGER_PAYOUT.ID.asc() : LEDGER_PAYOUT.ID.desc())
                .limit(limit)
                .fetch(r -> new Payout(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        PayoutStatus.valueOf(r.value6())));
    }

    Balances balances(long memberId, LocalDateTime expiringUntil) {
        Field<LocalDate> day = LEDGER_LOT.EXPIRES_AT.cast(SQLDataType.LOCALDATE);
        List<ExpiringPoints> expiring = db.select(day, sum(LEDGER_LOT.REMAINING))
                .from(LEDGER_LOT)
                .where(LEDGER_LOT.MEMBER_ID.eq(memberId), LEDGER_LOT.IS_OPEN.isTrue(),
                        LEDGER_LOT.EXPIRES_AT.le(expiringUntil))
                .groupBy(day)
                .orderBy(day)
                .fetch(r -> new ExpiringPoints(r.value1(), r.value2().longValueExact()));
        return db.selectFrom(LEDGER_MEMBER).where(LEDGER_MEMBER.MEMBER_ID.eq(memberId))
                .fetchOptional(m -> new Balances(memberId, m.getAvailable(), m.getPending(), m.getReserved(),
                        m.getDebt(), expiring))
                .orElse(new Balances(memberId, 0, 0, 0, 0, List.of()));
    }

    long available(long memberId) {
        return db.select(LEDGER_MEMBER.AVAILABLE).from(LEDGER_MEMBER).where(LEDGER_MEMBER.MEMBER_ID.eq(memberId))
                .fetchOptional(LEDGER_MEMBER.AVAILABLE).orElse(0L);
    }

    /** Keyset paging on the (member, business time, transfer, line) index; the predicate is spelt out so it stays a range scan. */
    HistoryPage history(long memberId, @Nullable HistoryCursor after, int pageSize) {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("A history page holds 1..500 entries");
        }
        Condition page = LEDGER_ENTRY.MEMBER_ID.eq(memberId);
        if (after != null) {
            page = page.and(LEDGER_ENTRY.BUSINESS_TIME.lt(after.businessTime())
                    .or(LEDGER_ENTRY.BUSINESS_TIME.eq(after.businessTime())
                            .and(LEDGER_ENTRY.TRANSFER_ID.lt(after.transferId())
                                    .or(LEDGER_ENTRY.TRANSFER_ID.eq(after.transferId())
                                            .and(LEDGER_ENTRY.LINE_NO.lt(after.lineNo()))))));
        }
        List<HistoryEntry> entries = db.select(LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_TRANSFER.KIND,
                        LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.AMOUNT, LEDGER_TRANSFER.NETWORK_CODE,
                        LEDGER_TRANSFER.REASON_CODE, LEDGER_TRANSFER.REASON_PARAMS, LEDGER_ENTRY.BUSINESS_TIME,
                        coalesce(LEDGER_ENTRY.SOURCE_REF, LEDGER_TRANSFER.SOURCE_REF), LEDGER_TRANSFER.SOURCE_LINES)
                .from(LEDGER_ENTRY)
                .join(LEDGER_TRANSFER).on(LEDGER_TRANSFER.ID.eq(LEDGER_ENTRY.TRANSFER_ID))
                .where(page)
                .orderBy(LEDGER_ENTRY.BUSINESS_TIME.desc(), LEDGER_ENTRY.TRANSFER_ID.desc(),
                        LEDGER_ENTRY.LINE_NO.desc())
                .limit(pageSize + 1)
                .fetch(r -> new HistoryEntry(r.value1(), r.value2(), TransferKind.valueOf(r.value3()),
                        Account.valueOf(r.value4()), r.value5(), r.value6(),
                        ReasonCodec.decode(r.value7(), r.value8()), r.value9(), r.value10(), r.value11()));
        if (entries.size() <= pageSize) {
            return new HistoryPage(entries, null);
        }
        List<HistoryEntry> shown = entries.subList(0, pageSize);
        return new HistoryPage(shown, shown.get(pageSize - 1).cursor());
    }

    long pending(String network, String sourceRef) {
        Long points = db.select(LEDGER_PENDING.POINTS).from(LEDGER_PENDING)
                .where(LEDGER_PENDING.NETWORK_CODE.eq(network), LEDGER_PENDING.SOURCE_REF.eq(sourceRef))
                .fetchOne(LEDGER_PENDING.POINTS);
        return points == null ? 0 : points;
    }

    List<PendingPoints> pendingOfMembers(java.util.Collection<Long> memberIds) {
        return db.select(LEDGER_PENDING.NETWORK_CODE, LEDGER_PENDING.SOURCE_REF, LEDGER_PENDING.POINTS)
                .from(LEDGER_PENDING)
                .where(LEDGER_PENDING.MEMBER_ID.in(memberIds), LEDGER_PENDING.POINTS.gt(0L))
                .fetch(r -> new PendingPoints(r.value1(), r.value2(), r.value3()));
    }

    /** Each member's points still pending of the sources, in member id order: what a bulk release will make available. */
    List<io.kopilka.ledger.PointsReleased.MemberPoints> pendingBySources(String network, List<String> sourceRefs) {
        if (sourceRefs.isEmpty()) {
            return List.of();
        }
        return db.select(LEDGER_PENDING.MEMBER_ID, sum(LEDGER_PENDING.POINTS))
                .from(ChunkKeys.strings("chunk_refs", sourceRefs).straightJoin(LEDGER_PENDING)
                        .on(LEDGER_PENDING.NETWORK_CODE.eq(network),
                                LEDGER_PENDING.SOURCE_REF.eq(ChunkKeys.stringKey("chunk_refs"))))
                .where(LEDGER_PENDING.POINTS.gt(0L))
                .groupBy(LEDGER_PENDING.MEMBER_ID).orderBy(LEDGER_PENDING.MEMBER_ID)
                .fetch(r -> new io.kopilka.ledger.PointsReleased.MemberPoints(r.value1(), r.value2().longValue()));
    }

    List<MemberExpiring> expiringBetween(LocalDateTime from, LocalDateTime until, long afterMemberId,
            int limit) {
        return db.select(LEDGER_LOT.MEMBER_ID, sum(LEDGER_LOT.REMAINING), min(LEDGER_LOT.EXPIRES_AT))
                .from(LEDGER_LOT)
                .where(LEDGER_LOT.IS_OPEN.isTrue(), LEDGER_LOT.EXPIRES_AT.gt(from), LEDGER_LOT.EXPIRES_AT.le(until),
                        LEDGER_LOT.MEMBER_ID.gt(afterMemberId))
                .groupBy(LEDGER_LOT.MEMBER_ID).orderBy(LEDGER_LOT.MEMBER_ID).limit(limit)
                .fetch(r -> new MemberExpiring(r.value1(), r.value2().longValue(),
                        r.value3().toLocalDate()));
    }

    List<Attribution> attribution(LocalDateTime from, LocalDateTime to) {
        var earnedIn = LEDGER_LOT.NETWORK_CODE;
        var spentIn = LEDGER_TRANSFER.NETWORK_CODE;
        return db.select(earnedIn, spentIn, sum(LEDGER_LOT_USE.POINTS))
                .from(LEDGER_LOT_USE)
                .join(LEDGER_TRANSFER).on(LEDGER_TRANSFER.ID.eq(LEDGER_LOT_USE.TRANSFER_ID))
                .join(LEDGER_LOT).on(LEDGER_LOT.TRANSFER_ID.eq(LEDGER_LOT_USE.LOT_TRANSFER_ID),
                        LEDGER_LOT.LINE_NO.eq(LEDGER_LOT_USE.LOT_LINE_NO))
                .where(LEDGER_TRANSFER.KIND.eq(TransferKind.REDEMPTION.name()),
                        LEDGER_TRANSFER.BUSINESS_TIME.ge(from), LEDGER_TRANSFER.BUSINESS_TIME.lt(to))
                .groupBy(earnedIn, spentIn)
                .orderBy(earnedIn, spentIn)
                .fetch(r -> new Attribution(r.value1(), r.value2(), r.value3().longValueExact()));
    }
}
