package io.kopilka.web.backoffice.customers;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.ledger.Adjustment;
import io.kopilka.ledger.IdempotencyConflictException;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Posting;
import io.kopilka.ledger.Reason;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes a staff member's manual adjustment and its audit record in one transaction, once per form. */
@Component
class ManualAdjustments {

    /** The ledger network of changes made by staff in the portal rather than by a shop. */
    static final String NETWORK = "portal";

    private static final int DUPLICATE_KEY = 1062;

    /** What became of a submitted form. */
    enum Outcome {
        /** The points moved and the change is audited. */
        ADJUSTED,
        /** This form was already submitted (a second click, a reload, a colleague's twin): nothing changed now. */
        ALREADY_RECORDED
    }

    private final Ledger ledger;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ManualAdjustments(Ledger ledger, AuditLog audit, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        // the ledger's member lock relies on READ COMMITTED; joining our transaction would otherwise inherit the default
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Moves {@code points} of the member's available balance (negative takes away) and records who did it and the
     * available balance before and after.
     *
     * @throws io.kopilka.ledger.InsufficientPointsException when taking away more than is available; nothing changes
     */
    Outcome adjust(long memberId, long points, LocalDateTime expiresAt, String comment, String idempotencyKey,
                   String staffMember) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        // the staff member goes into the reason too: history entries carry the reason, not the transfer's staff column
        Adjustment adjustment = new Adjustment(new Operation(idempotencyKey, NETWORK,
                Reason.of("staff.adjustment", "comment", comment, "staff", staffMember), now),
                memberId, points, expiresAt, staffMember, comment);
        try {
            Posting posting = transaction.execute(status -> {
                Posting done = ledger.adjust(adjustment);
                if (!done.replayed()) {
                    // read under the member's lock the adjustment holds, so before and after are exact
                    long after = ledger.balances(memberId, now).available();
                    audit.record(new StaffChange(staffMember, "ledger.adjusted", "customer " + memberId,
                            "available=" + (after - done.availableChange()), "available=" + after));
                }
                return done;
            });
            return posting == null || posting.replayed() ? Outcome.ALREADY_RECORDED : Outcome.ADJUSTED;
        } catch (IdempotencyConflictException e) {
            // the key came with other content: the same form posted again later (its business time differs)
            return Outcome.ALREADY_RECORDED;
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                return Outcome.ALREADY_RECORDED; // a twin with the same key committed while this one waited
            }
            throw e;
        }
    }

    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
