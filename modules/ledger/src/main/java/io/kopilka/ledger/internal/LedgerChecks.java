package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_ENTRY;
import static io.kopilka.db.Tables.LEDGER_LOT;
import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_PAYOUT;
import static io.kopilka.db.Tables.LEDGER_PENDING;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.kopilka.ledger.Account;
import io.kopilka.ledger.LedgerCheck;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** The whole-database verification of the ledger's invariants, a few aggregate queries. */
@Repository
class LedgerChecks {

    private final DSLContext db;

    LedgerChecks(DSLContext db) {
        this.db = db;
    }

    LedgerCheck check() {
        long unbalanced = db.fetchCount(select(LEDGER_ENTRY.TRANSFER_ID).from(LEDGER_ENTRY)
                .groupBy(LEDGER_ENTRY.TRANSFER_ID).having(sum(LEDGER_ENTRY.AMOUNT).ne(BigDecimal.ZERO)));
        long negative = db.fetchCount(LEDGER_MEMBER, LEDGER_MEMBER.PENDING.lt(0L)
                .or(LEDGER_MEMBER.AVAILABLE.lt(0L)).or(LEDGER_MEMBER.RESERVED.lt(0L)).or(LEDGER_MEMBER.DEBT.lt(0L)));
        return LedgerCheck.of(unbalanced, negative, mismatches());
    }

    /** Members whose balance row differs from their entries, open lots, pending sources or requested payouts. */
    private long mismatches() {
        Table<?> entries = select(LEDGER_ENTRY.MEMBER_ID.as("m"), amountOf(Account.PENDING).as("p"),
                amountOf(Account.AVAILABLE).as("a"), amountOf(Account.RESERVED).as("r"),
                amountOf(Account.DEBT).as("d"))
                .from(LEDGER_ENTRY).where(LEDGER_ENTRY.MEMBER_ID.isNotNull()).groupBy(LEDGER_ENTRY.MEMBER_ID)
                .asTable("e");
        Table<?> lots = select(LEDGER_LOT.MEMBER_ID.as("m"), sum(LEDGER_LOT.REMAINING).as("open"))
                .from(LEDGER_LOT).where(LEDGER_LOT.IS_OPEN.isTrue()).groupBy(LEDGER_LOT.MEMBER_ID).asTable("l");
        Table<?> pending = select(LEDGER_PENDING.MEMBER_ID.as("m"), sum(LEDGER_PENDING.POINTS).as("pending"))
                .from(LEDGER_PENDING).groupBy(LEDGER_PENDING.MEMBER_ID).asTable("s");
        Table<?> payouts = select(LEDGER_PAYOUT.MEMBER_ID.as("m"), sum(LEDGER_PAYOUT.POINTS).as("requested"))
                .from(LEDGER_PAYOUT).where(LEDGER_PAYOUT.STATUS.eq(MemberOperations.REQUESTED))
                .groupBy(LEDGER_PAYOUT.MEMBER_ID).asTable("o");
        Field<BigDecimal> p = zero(entries.field("p", BigDecimal.class));
        Field<BigDecimal> a = zero(entries.field("a", BigDecimal.class));
        Field<BigDecimal> r = zero(entries.field("r", BigDecimal.class));
        Field<BigDecimal> d = zero(entries.field("d", BigDecimal.class));
        Field<BigDecimal> open = zero(lots.field("open", BigDecimal.class));
        Field<BigDecimal> pendingSources = zero(pending.field("pending", BigDecimal.class));
        Field<BigDecimal> requested = zero(payouts.field("requested", BigDecimal.class));
        long members = db.select(count()).from(LEDGER_MEMBER)
                .leftJoin(entries).on(entries.field("m", Long.class).eq(LEDGER_MEMBER.MEMBER_ID))
                .leftJoin(lots).on(lots.field("m", Long.class).eq(LEDGER_MEMBER.MEMBER_ID))
                .leftJoin(pending).on(pending.field("m", Long.class).eq(LEDGER_MEMBER.MEMBER_ID))
                .leftJoin(payouts).on(payouts.field("m", Long.class).eq(LEDGER_MEMBER.MEMBER_ID))
                .where(LEDGER_MEMBER.PENDING.ne(p.cast(Long.class))
                        .or(LEDGER_MEMBER.AVAILABLE.ne(a.cast(Long.class)))
                        .or(LEDGER_MEMBER.RESERVED.ne(r.cast(Long.class)))
                        .or(LEDGER_MEMBER.DEBT.ne(d.neg().cast(Long.class)))
                        .or(LEDGER_MEMBER.AVAILABLE.ne(open.cast(Long.class)))
                        .or(LEDGER_MEMBER.PENDING.ne(pendingSources.cast(Long.class)))
                        .or(LEDGER_MEMBER.RESERVED.ne(requested.cast(Long.class))))
                .fetchSingle(0, Long.class);
        // Entries of members without a balance row would escape the join above.
        long orphans = db.fetchCount(selectDistinct(LEDGER_ENTRY.MEMBER_ID).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.MEMBER_ID.isNotNull(), notExists(selectOne().from(LEDGER_MEMBER)
                        .where(LEDGER_MEMBER.MEMBER_ID.eq(LEDGER_ENTRY.MEMBER_ID)))));
        return members + orphans;
    }

    private static Field<BigDecimal> amountOf(Account account) {
        return sum(when(LEDGER_ENTRY.ACCOUNT.eq(account.name()), LEDGER_ENTRY.AMOUNT).otherwise(0L));
    }

    private static Field<BigDecimal> zero(Field<BigDecimal> field) {
        return coalesce(field, BigDecimal.ZERO);
    }
}
