package io.kopilka.promotions.internal;

import io.kopilka.promotions.Promotion;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The challenges live at a moment, as the calculation's read of the promotions in effect found them, kept for the
 * rest of the transaction: placing the order then moves their progress on without reading them again. Only their
 * terms are used from it, and an order's transaction changes no promotion's terms.
 */
final class LiveChallenges {

    private LiveChallenges() {
    }

    /** Keeps the challenges live at {@code at} for the current transaction (none outside one). */
    static void remember(LocalDateTime at, List<Promotion> challenges) {
        Map<LocalDateTime, List<Promotion>> memo = memo();
        if (memo != null) {
            memo.put(at, challenges);
        }
    }

    /** The challenges live at {@code at} if this transaction read them already. */
    static Optional<List<Promotion>> at(LocalDateTime at) {
        Map<LocalDateTime, List<Promotion>> memo = memo();
        return memo == null ? Optional.empty() : Optional.ofNullable(memo.get(at));
    }

    @SuppressWarnings("unchecked")
    private static Map<LocalDateTime, List<Promotion>> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var memo = (Map<LocalDateTime, List<Promotion>>) TransactionSynchronizationManager.getResource(LiveChallenges.class);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(LiveChallenges.class, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LiveChallenges.class);
                }
            });
        }
        return memo;
    }
}
