package io.kopilka.ledger;

import java.time.LocalDateTime;

/**
 * A return: points the returned units earned are taken back (from the source's pending, then available, the rest
 * recorded as debt) and points spent on them are given back as a new lot.
 *
 * @param operation          key, network (the source's network), reason, business time
 * @param memberId           the member
 * @param source             the source returned (its lines in {@link SourceRef#lines()})
 * @param takeBack           points earned by the returned units, zero or more
 * @param giveBack           points spent on the returned units, zero or more
 * @param giveBackExpiresAt  when the given-back lot expires
 */
public record Reversal(Operation operation, long memberId, SourceRef source, long takeBack, long giveBack,
        LocalDateTime giveBackExpiresAt) {

    /** Validates the amounts. */
    public Reversal {
        Checks.notNegative(takeBack);
        Checks.notNegative(giveBack);
        if (takeBack + giveBack == 0) {
            throw new IllegalArgumentException("A reversal moves some points");
        }
    }
}
