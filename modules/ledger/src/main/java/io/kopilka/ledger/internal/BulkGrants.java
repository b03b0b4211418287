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
import static org.jooq.impl.DSL.val;

import io.kopilka.db.ChunkKeys;
import io.kopilka.db.Ids;
import io.kopilka.ledger.Account;
import io.kopilka.ledger.BulkGrant;
import io.kopilka.ledger.BulkResult;
import io.kopilka.ledger.TransferKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Grants to a chunk of members as one transfer in a few set-based statements per distinct amount (a grant by tier
 * has three): each member's points first pay off their recorded debt, the rest becomes a lot with the grant's expiry,
 * as a single grant does. Members are created if new and locked in id order, as every multi-member statement does.
 */
@Repository
class BulkGrants {

    private final DSLContext db;
    private final BulkStatements bulk;

    BulkGrants(DSLContext db, BulkStatements bulk) {
        this.db = db;
        this.bulk = bulk;
    }

    BulkResult grant(BulkGrant g) {
        List<Long> members = g.members();
        if (members.isEmpty()) {
            return new BulkResult(0, 0);
        }
        db.insertInto(LEDGER_MEMBER, LEDGER_MEMBER.MEMBER_ID)
                .select(select(ChunkKeys.longKey("new_members")).from(ChunkKeys.longs("new_members", members)))
                .onDuplicateKeyIgnore().execute();
        bulk.lockMembers(members);

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
                            .from(membersOf(group.getValue()))
                            .where(LEDGER_MEMBER.DEBT.gt(0L)))
                    .execute();
            db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                            LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME)
                    .select(select(inline(transferId),
                            rowNumber().over(orderBy(LEDGER_MEMBER.MEMBER_ID)).plus(after + debtLines),
                            inline(Account.AVAILABLE.name()), LEDGER_MEMBER.MEMBER_ID, points.minus(payOff), time)
                            .from(membersOf(group.getValue()))
                            .where(points.gt(payOff)))
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
        return new BulkResult(bulk.moveBalances(transferId), total);
    }

    private int lastLine(long transferId) {
        Record1<Integer> last = db.select(coalesce(max(LEDGER_ENTRY.LINE_NO), 0)).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId)).fetchSingle();
        return last.value1();
    }

    /** The members' rows, read by their keys with the group driving (see {@link ChunkKeys}). */
    private static Table<?> membersOf(List<Long> group) {
        return ChunkKeys.longs("grant_members", group).straightJoin(LEDGER_MEMBER)
                .on(LEDGER_MEMBER.MEMBER_ID.eq(ChunkKeys.longKey("grant_members")));
    }
}
