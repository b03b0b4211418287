package io.kopilka.ledger;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a member's history, newest first.
 *
 * @param entries the entries
 * @param next    the cursor of the next page, or {@code null} when this is the last
 */
public record HistoryPage(List<HistoryEntry> entries, @Nullable HistoryCursor next) {

    /** Copies the list. */
    public HistoryPage {
        entries = List.copyOf(entries);
    }
}
