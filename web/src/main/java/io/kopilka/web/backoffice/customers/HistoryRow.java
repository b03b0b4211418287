package io.kopilka.web.backoffice.customers;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of a customer's points history as staff read it: everything already in words in the viewer's language.
 *
 * @param at      when (UTC)
 * @param reason  why, in words
 * @param account which balance moved
 * @param points  the signed change
 * @param network where it happened
 * @param source  the order, promotion, payout or staff member behind it, when known
 */
record HistoryRow(LocalDateTime at, String reason, String account, long points, String network,
                  @Nullable String source) {

    /** Whether the entry took points away, for the sign and the colour. */
    public boolean negative() {
        return points < 0;
    }
}
