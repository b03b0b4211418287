package io.kopilka.web.backoffice.payouts;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.LedgerException;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutDecision;
import io.kopilka.ledger.PayoutStatus;
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

/** Finance's approval or rejection of a payout and its audit record, in one transaction. */
@Component
class PayoutDecisions {

    /** The ledger network of changes made by staff in the portal rather than by a shop. */
    static final String NETWORK = "portal";

    private static final int DUPLICATE_KEY = 1062;

    private final Ledger ledger;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    PayoutDecisions(Ledger ledger, AuditLog audit, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        // the ledger's member lock relies on READ COMMITTED; joining our transaction would otherwise inherit the default
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Approves (pays) or rejects (returns the points of) the payout; false when it was no longer waiting — decided
     * by a colleague or by an earlier click — in which case nothing changed now.
     */
    boolean decide(long payoutId, boolean approve, String staffMember) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        // one key per payout, whatever the decision: a second decision on it can only replay or conflict
        PayoutDecision decision = new PayoutDecision(new Operation("payout-decision-" + payoutId, NETWORK,
                Reason.of(approve ? "payout.paid" : "payout.rejected"), now), payoutId, staffMember);
        try {
            Posting posting = transaction.execute(status -> {
                Posting done = approve ? ledger.approvePayout(decision) : ledger.rejectPayout(decision);
                if (!done.replayed()) {
                    audit.record(new StaffChange(staffMember, approve ? "payout.approved" : "payout.rejected",
                            "payout " + payoutId + " of customer " + done.memberId(),
                            "status=" + PayoutStatus.REQUESTED + ", reserved=" + -done.reservedChange(),
                            "status=" + (approve ? PayoutStatus.PAID : PayoutStatus.REJECTED)));
                }
                return done;
            });
            return posting != null && !posting.replayed();
        } catch (LedgerException e) {
            return false; // not awaiting a decision any more, unknown, or its key used by another decision
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                return false; // a colleague's decision on the same payout committed while this one waited
            }
            throw e;
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
