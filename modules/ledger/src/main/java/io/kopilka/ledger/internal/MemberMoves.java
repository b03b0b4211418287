package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_ENTRY;
import static io.kopilka.db.Tables.LEDGER_LOT;
import static io.kopilka.db.Tables.LEDGER_LOT_USE;
import static io.kopilka.db.Tables.LEDGER_MEMBER;
import static io.kopilka.db.Tables.LEDGER_PENDING;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.kopilka.db.Ids;
import io.kopilka.ledger.Account;
import io.kopilka.ledger.MemberMove;
import io.kopilka.ledger.MemberMoveRefusedException;
import io.kopilka.ledger.MemberMoved;
import io.kopilka.ledger.TransferKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The move of everything of a duplicate member to the member kept: one balanced transfer spanning two members, written
 * under both members' locks, taken in id order like every multi-member statement (ADR 0006), so a move and concurrent
 * operations on either member neither deadlock nor interleave.
 */
@Component
class MemberMoves {

    private final LedgerStore store;
    private final DSLContext db;

    MemberMoves(LedgerStore store, DSLContext db) {
        this.store = store;
        this.db = db;
    }

    /** One entry of the move; {@code lot} set on the kept member's lines that open a lot in place of a moved one. */
    private record MoveLine(int lineNo, Account account, long memberId, long amount, @Nullable String sourceRef,
            @Nullable MovedLot lot) {
    }

    /** An open lot of the duplicate: its key, network, remaining points and expiry. */
    private record MovedLot(long transferId, int lineNo, String network, long remaining, LocalDateTime expiresAt) {
    }

    MemberMoved move(MemberMove m, String fingerprint) {
        long from = m.fromMember();
        long to = m.toMember();
        TransferDraft header = new TransferDraft(Ids.next(), TransferKind.MERGE, m.operation(), to, "member:" + from);
        store.insertHeader(header, m.operation().idempotencyKey(), fingerprint, null, null, null);
        MemberState first = store.lockMember(Math.min(from, to));
        MemberState second = store.lockMember(Math.max(from, to));
        MemberState duplicate = first.memberId() == from ? first : second;
        if (duplicate.reserved() > 0) {
            throw new MemberMoveRefusedException(MemberMoveRefusedException.Why.PAYOUTS_AWAITING_DECISION, from, to);
        }
        long transferId = header.id;
        List<MoveLine> lines = new ArrayList<>();

        List<MovedLot> lots = db.select(LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO, LEDGER_LOT.NETWORK_CODE,
                        LEDGER_LOT.REMAINING, LEDGER_LOT.EXPIRES_AT)
                .from(LEDGER_LOT)
                .where(LEDGER_LOT.MEMBER_ID.eq(from), LEDGER_LOT.IS_OPEN.isTrue(), LEDGER_LOT.REMAINING.gt(0L))
                // the kept member's new lots keep the duplicate's spending order among themselves
                .orderBy(LEDGER_LOT.EXPIRES_AT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO)
                .fetch(r -> new MovedLot(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        long available = lots.stream().mapToLong(MovedLot::remaining).sum();
        if (available != duplicate.available()) {
            throw new IllegalStateException("Member " + from + "'s lots differ from the available balance");
        }
        if (available > 0) {
            lines.add(new MoveLine(lines.size() + 1, Account.AVAILABLE, from, -available, null, null));
            for (MovedLot lot : lots) {
                lines.add(new MoveLine(lines.size() + 1, Account.AVAILABLE, to, lot.remaining(), null, lot));
            }
        }

        var sources = db.select(LEDGER_PENDING.SOURCE_REF, LEDGER_PENDING.POINTS)
                .from(LEDGER_PENDING)
                .where(LEDGER_PENDING.MEMBER_ID.eq(from), LEDGER_PENDING.POINTS.gt(0L))
                .orderBy(LEDGER_PENDING.NETWORK_CODE, LEDGER_PENDING.SOURCE_REF)
                .forUpdate()
                .fetch();
        long pending = 0;
        for (var source : sources) {
            long points = source.value2();
            pending += points;
            lines.add(new MoveLine(lines.size() + 1, Account.PENDING, from, -points, source.value1(), null));
            lines.add(new MoveLine(lines.size() + 1, Account.PENDING, to, points, source.value1(), null));
        }
        if (pending != duplicate.pending()) {
            throw new IllegalStateException("Member " + from + "'s sources differ from the pending balance");
        }

        long debt = duplicate.debt();
        if (debt > 0) {
            // the debt account runs negative by the debt: the duplicate's goes back to zero, the kept member's down
            lines.add(new MoveLine(lines.size() + 1, Account.DEBT, from, debt, null, null));
            lines.add(new MoveLine(lines.size() + 1, Account.DEBT, to, -debt, null, null));
        }

        if (!lines.isEmpty()) {
            write(transferId, m, lines);
        }
        // every source, also a fully released one, follows: a later revision or return of it names the kept member
        db.update(LEDGER_PENDING).set(LEDGER_PENDING.MEMBER_ID, to).where(LEDGER_PENDING.MEMBER_ID.eq(from)).execute();
        moveBalances(duplicate, to, available, pending, debt);
        return new MemberMoved(transferId, from, to, available, pending, debt, lots.size(), sources.size(), false);
    }

    private void write(long transferId, MemberMove m, List<MoveLine> lines) {
        LocalDateTime time = m.operation().businessTime();
        var entries = db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID, LEDGER_ENTRY.LINE_NO, LEDGER_ENTRY.ACCOUNT,
                LEDGER_ENTRY.MEMBER_ID, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.BUSINESS_TIME, LEDGER_ENTRY.SOURCE_REF);
        for (MoveLine line : lines) {
            entries = entries.values(transferId, line.lineNo(), line.account().name(), line.memberId(), line.amount(),
                    time, line.sourceRef());
        }
        entries.execute();
        List<MoveLine> opening = lines.stream().filter(line -> line.lot() != null).toList();
        if (opening.isEmpty()) {
            return;
        }
        var newLots = db.insertInto(LEDGER_LOT, LEDGER_LOT.TRANSFER_ID, LEDGER_LOT.LINE_NO, LEDGER_LOT.MEMBER_ID,
                LEDGER_LOT.NETWORK_CODE, LEDGER_LOT.POINTS, LEDGER_LOT.REMAINING, LEDGER_LOT.IS_OPEN,
                LEDGER_LOT.EXPIRES_AT);
        var uses = db.insertInto(LEDGER_LOT_USE, LEDGER_LOT_USE.TRANSFER_ID, LEDGER_LOT_USE.LOT_TRANSFER_ID,
                LEDGER_LOT_USE.LOT_LINE_NO, LEDGER_LOT_USE.POINTS);
        for (MoveLine line : opening) {
            MovedLot lot = line.lot();
            // the network where the points were earned stays, so attribution of later spending stays true
            newLots = newLots.values(transferId, line.lineNo(), line.memberId(), lot.network(), lot.remaining(),
                    lot.remaining(), true, lot.expiresAt());
            uses = uses.values(transferId, lot.transferId(), lot.lineNo(), lot.remaining());
        }
        newLots.execute();
        uses.execute();
        int closed = db.update(LEDGER_LOT.join(LEDGER_LOT_USE)
                        .on(LEDGER_LOT_USE.LOT_TRANSFER_ID.eq(LEDGER_LOT.TRANSFER_ID),
                                LEDGER_LOT_USE.LOT_LINE_NO.eq(LEDGER_LOT.LINE_NO)))
                .set(LEDGER_LOT.IS_OPEN, inline(false))
                .set(LEDGER_LOT.REMAINING, inline(0L))
                .where(LEDGER_LOT_USE.TRANSFER_ID.eq(transferId), LEDGER_LOT.MEMBER_ID.eq(m.fromMember()),
                        LEDGER_LOT.REMAINING.eq(LEDGER_LOT_USE.POINTS))
                .execute();
        if (closed != opening.size()) {
            throw new IllegalStateException("Lots of member " + m.fromMember() + " changed under the member's lock");
        }
    }

    /** Guarded like every balance update: the duplicate's balances must be exactly what was read under the lock. */
    private void moveBalances(MemberState duplicate, long to, long available, long pending, long debt) {
        long from = duplicate.memberId();
        LocalDateTime fromLastPurchase = db.select(LEDGER_MEMBER.LAST_PURCHASE_AT).from(LEDGER_MEMBER)
                .where(LEDGER_MEMBER.MEMBER_ID.eq(from)).fetchOne(LEDGER_MEMBER.LAST_PURCHASE_AT);
        int emptied = db.update(LEDGER_MEMBER)
                .set(LEDGER_MEMBER.AVAILABLE, 0L)
                .set(LEDGER_MEMBER.PENDING, 0L)
                .set(LEDGER_MEMBER.DEBT, 0L)
                .where(LEDGER_MEMBER.MEMBER_ID.eq(from), LEDGER_MEMBER.AVAILABLE.eq(available),
                        LEDGER_MEMBER.PENDING.eq(pending), LEDGER_MEMBER.DEBT.eq(debt),
                        LEDGER_MEMBER.RESERVED.eq(0L))
                .execute();
        int filled = db.update(LEDGER_MEMBER)
                .set(LEDGER_MEMBER.AVAILABLE, LEDGER_MEMBER.AVAILABLE.plus(available))
                .set(LEDGER_MEMBER.PENDING, LEDGER_MEMBER.PENDING.plus(pending))
                .set(LEDGER_MEMBER.DEBT, LEDGER_MEMBER.DEBT.plus(debt))
                .set(LEDGER_MEMBER.LAST_PURCHASE_AT, LedgerStore.lastPurchaseAtLeast(fromLastPurchase))
                .where(LEDGER_MEMBER.MEMBER_ID.eq(to))
                .execute();
        if (emptied != 1 || filled != 1) {
            throw new IllegalStateException("Balances of members " + from + " and " + to + " changed under the lock");
        }
    }

    /** The first result of a move, rebuilt from its transfer's entries of the member kept. */
    MemberMoved replay(long transferId, MemberMove m) {
        var sums = db.select(sumOf(Account.AVAILABLE), sumOf(Account.PENDING), sumOf(Account.DEBT))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TRANSFER_ID.eq(transferId), LEDGER_ENTRY.MEMBER_ID.eq(m.toMember()))
                .fetchSingle();
        int lots = db.fetchCount(LEDGER_LOT, LEDGER_LOT.TRANSFER_ID.eq(transferId));
        int sources = db.fetchCount(LEDGER_ENTRY, LEDGER_ENTRY.TRANSFER_ID.eq(transferId),
                LEDGER_ENTRY.MEMBER_ID.eq(m.toMember()), LEDGER_ENTRY.ACCOUNT.eq(Account.PENDING.name()));
        return new MemberMoved(transferId, m.fromMember(), m.toMember(), sums.value1().longValue(),
                sums.value2().longValue(), -sums.value3().longValue(), lots, sources, true);
    }

    private static Field<BigDecimal> sumOf(Account account) {
        return coalesce(sum(when(LEDGER_ENTRY.ACCOUNT.eq(account.name()), LEDGER_ENTRY.AMOUNT).otherwise(0L)),
                BigDecimal.ZERO);
    }
}
