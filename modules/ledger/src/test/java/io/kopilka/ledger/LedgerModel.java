package io.kopilka.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An independent, deliberately naive in-memory ledger the property test compares the real one against. */
final class LedgerModel {

    /** One member's state. */
    static final class Member {
        long pending;
        long reserved;
        long debt;
        LocalDateTime lastPurchase;
        final List<Lot> lots = new ArrayList<>();
        final Map<String, Long> pendingBySource = new HashMap<>();

        long available() {
            return lots.stream().mapToLong(l -> l.remaining).sum();
        }

        Map<LocalDate, Long> expiring() {
            Map<LocalDate, Long> byDate = new TreeMap<>();
            lots.stream().filter(l -> l.remaining > 0)
                    .forEach(l -> byDate.merge(l.expiresAt.toLocalDate(), l.remaining, Long::sum));
            return byDate;
        }
    }

    /** A lot; {@code seq} orders lots created in the same order as the ledger's transfer ids. */
    static final class Lot {
        final long seq;
        final LocalDateTime expiresAt;
        long remaining;

        Lot(long seq, LocalDateTime expiresAt, long remaining) {
            this.seq = seq;
            this.expiresAt = expiresAt;
            this.remaining = remaining;
        }
    }

    /** A payout and the lot portions it reserved. */
    static final class Payout {
        final Member member;
        final long points;
        final Map<Lot, Long> taken;
        boolean decided;

        Payout(Member member, long points, Map<Lot, Long> taken) {
            this.member = member;
            this.points = points;
            this.taken = taken;
        }
    }

    private long lotSeq;

    void credit(Member m, long points, LocalDateTime expiresAt) {
        long payOff = Math.min(m.debt, points);
        m.debt -= payOff;
        if (points > payOff) {
            m.lots.add(new Lot(lotSeq++, expiresAt, points - payOff));
        }
    }

    /** Soonest expiry first, then the older lot. */
    Map<Lot, Long> consume(Member m, long points) {
        Map<Lot, Long> taken = new HashMap<>();
        long left = points;
        List<Lot> order = m.lots.stream().filter(l -> l.remaining > 0)
                .sorted(Comparator.comparing((Lot l) -> l.expiresAt).thenComparingLong(l -> l.seq)).toList();
        for (Lot lot : order) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, lot.remaining);
            lot.remaining -= take;
            taken.put(lot, take);
            left -= take;
        }
        if (left != 0) {
            throw new IllegalStateException("model consumed more than available");
        }
        return taken;
    }

    void expireDue(Iterable<Member> members, LocalDateTime at) {
        for (Member m : members) {
            m.lots.stream().filter(l -> !l.expiresAt.isAfter(at)).forEach(l -> l.remaining = 0);
        }
    }

    void expireInactive(Iterable<Member> members, LocalDateTime cutoff) {
        for (Member m : members) {
            if (m.lastPurchase != null && m.lastPurchase.isBefore(cutoff)) {
                m.lots.forEach(l -> l.remaining = 0);
            }
        }
    }
}
