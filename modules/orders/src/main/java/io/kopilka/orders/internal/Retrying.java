package io.kopilka.orders.internal;

import io.kopilka.db.DatabaseFailures;
import io.kopilka.ledger.InsufficientPointsException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an order's work in one transaction (calculation, ledger postings and the order's rows commit together) and
 * runs it again from the start when InnoDB picked it as a deadlock victim or a balance read a moment earlier changed
 * under it: the ledger cannot retry inside a transaction it joined (ADR 0006), so the whole unit is retried here.
 */
@Component
class Retrying {

    private static final int MAX_ATTEMPTS = 6;

    private final TransactionTemplate transaction;

    Retrying(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Joined to a caller's transaction (a batch step's chunk): a failure marks it for rollback, so the
            // caller's own retry or restart repeats the unit instead.
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (RuntimeException e) {
                boolean race = DatabaseFailures.isLockConflict(e) || e instanceof InsufficientPointsException;
                if (!race || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 5 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
