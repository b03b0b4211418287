package io.kopilka.programme.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settings read once per transaction: placing an order asks for the tiers, the policies and the region several
 * times (the customer's tier name, the calculation, the tier recalculation), and each ask was a round trip to the
 * database (docs/benchmarks.md, "Processing API under load"). Outside a transaction every ask reads, and so does
 * every ask in a transaction that changes settings, so nothing stale is ever seen after a change.
 */
final class TransactionMemo {

    private static final String CHANGING = "changing";

    private TransactionMemo() {
    }

    /** The value read by {@code read} once in the current transaction. */
    @SuppressWarnings("unchecked")
    static <T> T get(String key, Supplier<T> read) {
        Map<String, Object> memo = memo();
        if (memo == null || memo.containsKey(CHANGING)) {
            return read.get();
        }
        Object value = memo.get(key);
        if (value == null) {
            value = read.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /** From now on the current transaction reads settings afresh every time: it is changing them. */
    static void changing() {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.clear();
            memo.put(CHANGING, Boolean.TRUE);
        }
    }

    /** The current transaction's memo, bound on first use; null outside a transaction. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Object> memo = (Map<String, Object>) TransactionSynchronizationManager.getResource(TransactionMemo.class);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(TransactionMemo.class, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.class);
                }
            });
        }
        return memo;
    }
}
