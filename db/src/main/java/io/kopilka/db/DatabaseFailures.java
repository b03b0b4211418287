package io.kopilka.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Recognises the database failures worth a retry, whether or not jOOQ's exception translation is in place. */
public final class DatabaseFailures {

    private static final int DUPLICATE_KEY = 1062;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;
    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_STATE_CLASS = "08";

    private DatabaseFailures() {
    }

    /** A twin with the same idempotency key committed first. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }

    /** InnoDB chose this transaction as a deadlock victim or its lock wait timed out. */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException || t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached, dropped the connection, or the pool had no connection to spare within its
     * timeout: a condition that passes by itself, so the caller should hear "try again shortly" rather than a 500.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException // Hikari: no connection within connection-timeout
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
                return true;
            }
            // The rollback after a lost connection fails too ("Connection is closed") and hides the original failure.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
