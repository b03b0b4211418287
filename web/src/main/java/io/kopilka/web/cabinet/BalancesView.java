package io.kopilka.web.cabinet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's balances as a page shows them: figures with their word, and the points expiring soon as sentences.
 *
 * @param available spendable points
 * @param pending   points of orders not yet delivered
 * @param reserved  points held for a withdrawal, or null when none (the page then says nothing of it)
 * @param debt      points owed after a return of spent points, or null when none
 * @param expiring  "300 баллов сгорят 02.12.2026", soonest first; empty when nothing expires soon
 * @param days      how many days ahead the expiring points are looked for
 */
public record BalancesView(Figure available, Figure pending, @Nullable Figure reserved, @Nullable Figure debt,
                           List<String> expiring, int days) {

    /** Copies the list. */
    public BalancesView {
        expiring = List.copyOf(expiring);
    }

    /**
     * A number of points as shown: the digits and the word that goes with them.
     *
     * @param value  the points
     * @param number the digits, grouped
     * @param unit   "балл", "балла" or "баллов"
     */
    public record Figure(long value, String number, String unit) {
    }
}
