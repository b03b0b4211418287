package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_ENTRY;
import static io.kopilka.db.Tables.LEDGER_LOT;
import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_TRANSFER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import io.kopilka.db.Ids;
import io.kopilka.ledger.Account;
import io.kopilka.ledger.BulkGrant;
import io.kopilka.ledger.BulkResult;
import io.kopilka.ledger.TransferKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep1;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/**
 * Grants to a chunk of members as one transfer in a few set-based statements per distinct amount (a grant by tier
 * has three): each member's points first pay off their recorded debt, the rest becomes a lot with the grant's expiry,
 * as a single grant does. Members are created if new and locked in id order, as every multi-member statement does.
 */
@Repository
class BulkGrants {

    private final DSLContext db;

    BulkGrants(DSLContext db) {
        this.db = db;
    }

    BulkResult grant(BulkGrant g) {
        List<Long> members = g.members();
        if (members.isEmpty()) {
            return new BulkResult(0, 0);
        }
        InsertValuesStep1<?, Long> newMembers = db.insertInto(LEDGER_MEMBER, LEDGER_MEMBER.MEMBER_ID);
        members.forEach(newMembers::values);
        newMembers.onDuplicateKeyIgnore().execute();
        db.select(LEDGER_MEMBER.MEMBER_ID).from(LEDGER_MEMBER).where(LEDGER_MEMBER.MEMBER_ID.in(members))
                .orderBy(LEDGER_MEMBER.MEMBER_ID).forUpdate().execute();

        long transferId = Ids.next();
        LocalDateTime at = g.operation().businessTime();
        db.insertInto(LEDGER_TRANSFER)
                .set(LEDGER_TRANSFER.ID, transferId)
                .set(LEDGER_TRANSFER.KIND, TransferKind.GRANT.name())
                .set(LEDGER_TRANSFER.NETWORK_CODE, g.operation().network())
                .set(LEDGER_TRANSFER.IDEMPOTENCY_KEY, g.operation().idempotencyKey())
                .set(LEDGER_TRANSFER.REASON_CODE, g.operation().reason().code())
                .set(LEDGER_TRANSFER.REASON_PARAMS, ReasonCodec.encode(g.operation().reason().params()))
                .set(LEDGER_TRANSFER.BUSINESS_TIME, at)
                .execute();
        long total = g.membersByPoints().entrySet().stream()
                .mapToLong(e -> e.getKey() * e.getValue().size()).sum();
        db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                        LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                .values(transferId, 1, Account.ISSUED.name(), -total, at)
                .execute();
        Field<LocalDateTime> time = val(at);
        for (Map.Entry<Long, List<Long>> group : g.membersByPoints().entrySet()) {
            Field<Long> points = inline(group.getKey());
            Field<Long> payOff = least(LEDGER_MEMBER.DEBT, points);
            int after = lastLine(transferId);
            int debtLines = db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO,
                            LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                    .select(select(inline(transferId), rowNumber().over(orderBy(LEDGER_MEMBER.MEMBER_ID)).plus(after),
                            inline(Account.DEBT.name()), LEDGER_MEMBER.MEMBER_ID, payOff, time)
                            .from(LEDGER_MEMBER)
                            .where(LEDGER_MEMBER.MEMBER_ID.in(group.getValue()), LEDGER_MEMBER.DEBT.gt(0L)))
                    .execute();
            db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                            LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                    .select(select(inline(transferId),
                            rowNumber().over(orderBy(LEDGER_MEMBER.MEMBER_ID)).plus(after + debtLines),
                            inline(Account.AVAILABLE.name()), LEDGER_MEMBER.MEMBER_ID, points.minus(payOff), time)
                            .from(LEDGER_MEMBER)
                            .where(LEDGER_MEMBER.MEMBER_ID.in(group.getValue()), points.gt(payOff)))
                    .execute();
        }
        db.insertInto(LEDGER_LOT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO, LEDGER_LOT.MEMBER_ID,
                        LEDGER_LOT.NETWORK_CODE, LEDGER_LOT.POINTS, LEDGER_LOT.REMAINING, LEDGER_LOT.IS_OPEN,
                        LEDGER_LOT.EXPIRES_AT)
                .select(select(LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.MEMBER_ID,
                        inline(g.operation().network()), LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.AMOUNT, inline(true),
                        val(g.expiresAt()))
                        .from(LEDGER_ENTRY)
                        .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId),
                                LEDGER_ENTRY.ACCOUNT.eq(Account.AVAILABLE.name())))
                .execute();
        return new BulkResult(credit(transferId), total);
    }

    private int lastLine(long transferId) {
        Record1<Integer> last = db.select(coalesce(max(LEDGER_ENTRY.LINE_NO), 0)).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId)).fetchSingle();
        return last.value1();
    }

    /** Adds the transfer's available and debt entries to the members' balances in one UPDATE … JOIN. */
    private int credit(long transferId) {
        var moves = select(LEDGER_ENTRY.MEMBER_ID.as("m"),
                        part(Account.AVAILABLE).as("a"), part(Account.DEBT).as("d"))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId), LEDGER_ENTRY.MEMBER_ID.isNotNull())
                .groupBy(LEDGER_ENTRY.MEMBER_ID)
                .asTable("grant_moves");
        return db.update(LEDGER_MEMBER.join(moves).on(LEDGER_MEMBER.MEMBER_ID.eq(moves.field("m", Long.class))))
                .set(LEDGER_MEMBER.AVAILABLE, LEDGER_MEMBER.AVAILABLE.plus(moves.field("a", BigDecimal.class)))
                .set(LEDGER_MEMBER.DEBT, LEDGER_MEMBER.DEBT.minus(moves.field("d", BigDecimal.class)))
                .execute();
    }

    private static Field<BigDecimal> part(Account account) {
        return coalesce(sum(when(LEDGER_ENTRY.ACCOUNT.eq(account.name()), LEDGER_ENTRY.AMOUNT).otherwise(0L)),
                BigDecimal.ZERO);
    }

}
