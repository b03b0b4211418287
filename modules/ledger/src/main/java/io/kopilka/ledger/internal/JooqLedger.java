package io.kopilka.ledger.internal;

import static io.kopilka.db.Tables.LEDGER_PAYOUT;

import io.kopilka.db.DatabaseFailures;
import io.kopilka.db.KeyPartition;
import io.kopilka.ledger.Accrual;
import io.kopilka.ledger.Adjustment;
import io.kopilka.ledger.Attribution;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.BulkRelease;
import io.kopilka.ledger.BulkResult;
import io.kopilka.ledger.ExpiryChunk;
import io.kopilka.ledger.ExpiryCursor;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.HistoryCursor;
import io.kopilka.ledger.HistoryPage;
import io.kopilka.ledger.MemberExpiring;
import io.kopilka.ledger.IdempotencyConflictException;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.LedgerCheck;
import io.kopilka.ledger.MemberMove;
import io.kopilka.ledger.MemberMoveRefusedException;
import io.kopilka.ledger.MemberMoved;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutDecision;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.Payout;
import io.kopilka.ledger.PendingPoints;
import io.kopilka.ledger.PayoutStatus;
import io.kopilka.ledger.PayoutStatusChanged;
import io.kopilka.ledger.PointsGranted;
import io.kopilka.ledger.PointsGrantedInBulk;
import io.kopilka.ledger.PointsReleased;
import io.kopilka.ledger.Posting;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.Redemption;
import io.kopilka.ledger.Release;
import io.kopilka.ledger.Reversal;
import io.kopilka.ledger.TransferKind;
import io.kopilka.ledger.VoidPending;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's facade: runs each operation in one READ COMMITTED transaction, answers repeated idempotency keys,
 * and retries when a concurrent twin or a deadlock got in the way.
 */
@Service
class JooqLedger implements Ledger {

    private static final int MAX_ATTEMPTS = 8;

    private final MemberOperations operations;
    private final MemberMoves moves;
    private final BulkStatements bulk;
    private final LedgerStore store;
    private final LedgerQueries queries;
    private final LedgerChecks checks;
    private final GrantFigures grantFigures;
    private final BulkGrants bulkGrants;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final ApplicationEventPublisher events;

    JooqLedger(MemberOperations operations, MemberMoves moves, BulkStatements bulk, LedgerStore store, LedgerQueries queries,
            LedgerChecks checks, PlatformTransactionManager transactions, ApplicationEventPublisher events,
            GrantFigures grantFigures, BulkGrants bulkGrants) {
        this.bulkGrants = bulkGrants;
        this.grantFigures = grantFigures;
        this.operations = operations;
        this.moves = moves;
        this.bulk = bulk;
        this.store = store;
        this.queries = queries;
        this.checks = checks;
        // READ COMMITTED: after taking a member's lock, every statement sees what the previous holder committed.
        this.writes = new TransactionTemplate(transactions);
        this.writes.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.events = events;
    }

    @Override
    public Posting accrue(Accrual accrual) {
        return idempotent(accrual.operation(), accrual, fp -> operations.accrue(accrual, fp));
    }

    @Override
    public Posting release(Release release) {
        return idempotent(release.operation(), release, fp -> operations.release(release, fp));
    }

    @Override
    public Posting voidPending(VoidPending voidPending) {
        return idempotent(voidPending.operation(), voidPending, fp -> operations.voidPending(voidPending, fp));
    }

    @Override
    public Posting redeem(Redemption redemption) {
        return idempotent(redemption.operation(), redemption, fp -> operations.redeem(redemption, fp));
    }

    @Override
    public Posting reverse(Reversal reversal) {
        return idempotent(reversal.operation(), reversal, fp -> operations.reverse(reversal, fp));
    }

    @Override
    public Posting grant(Grant grant) {
        // Published inside the work, so a replay (which skips the work) announces nothing twice.
        return idempotent(grant.operation(), grant, fp -> {
            Posting posting = operations.grant(grant, fp);
            events.publishEvent(new PointsGranted(posting.transferId(), grant.memberId(), grant.points(),
                    grant.expiresAt(), grant.operation().reason(), grant.operation().businessTime()));
            return posting;
        });
    }

    @Override
    public Posting adjust(Adjustment adjustment) {
        return idempotent(adjustment.operation(), adjustment, fp -> operations.adjust(adjustment, fp));
    }

    @Override
    public Posting requestPayout(PayoutRequest request) {
        return idempotent(request.operation(), request, fp -> {
            Posting posting = operations.requestPayout(request, fp);
            events.publishEvent(new PayoutStatusChanged(posting.transferId(), request.memberId(), request.points(),
                    PayoutStatus.REQUESTED, request.operation().businessTime()));
            return posting;
        });
    }

    @Override
    public Posting approvePayout(PayoutDecision decision) {
        return idempotent(decision.operation(), decision, fp -> decided(decision, true, fp));
    }

    @Override
    public Posting rejectPayout(PayoutDecision decision) {
        return idempotent(decision.operation(), decision, fp -> decided(decision, false, fp));
    }

    private Posting decided(PayoutDecision decision, boolean approve, String fingerprint) {
        Posting posting = operations.decidePayout(decision, approve, fingerprint);
        events.publishEvent(new PayoutStatusChanged(decision.payoutId(), posting.memberId(), -posting.reservedChange(),
                approve ? PayoutStatus.PAID : PayoutStatus.REJECTED, decision.operation().businessTime()));
        return posting;
    }

    @Override
    public MemberMoved moveMember(MemberMove move) {
        if (move.fromMember() == move.toMember()) {
            throw new MemberMoveRefusedException(MemberMoveRefusedException.Why.SAME_MEMBER, move.fromMember(),
                    move.toMember());
        }
        Operation op = move.operation();
        String fingerprint = Fingerprint.of(move);
        return retrying(() -> {
            var existing = store.findByKey(op.network(), op.idempotencyKey());
            if (existing.isPresent()) {
                StoredTransfer stored = existing.get();
                if (!fingerprint.equals(stored.fingerprint()) || stored.kind() != TransferKind.MERGE) {
                    throw new IdempotencyConflictException(op.network(), op.idempotencyKey());
                }
                return moves.replay(stored.id(), move);
            }
            return moves.move(move, fingerprint);
        });
    }

    @Override
    public BulkResult grantMembers(io.kopilka.ledger.BulkGrant grant) {
        return retrying(() -> {
            BulkResult result = bulkGrants.grant(grant);
            if (result.members() > 0) {
                events.publishEvent(new PointsGrantedInBulk(grant.operation(), grant.membersByPoints(),
                        grant.expiresAt()));
            }
            return result;
        });
    }

    @Override
    public long redeemedOfGrants(String keyPrefix) {
        return grantFigures.redeemedOfGrants(keyPrefix);
    }

    @Override
    public BulkResult releaseSources(BulkRelease release) {
        return retrying(() -> {
            // Read before the release (which zeroes the pending rows) in the same transaction: who gets how much.
            List<PointsReleased.MemberPoints> perMember = queries.pendingBySources(release.network(),
                    release.sourceRefs());
            BulkResult result = bulk.releaseSources(release);
            if (result.members() > 0 && !perMember.isEmpty()) {
                events.publishEvent(new PointsReleased(release.network(), perMember, release.businessTime()));
            }
            return result;
        });
    }

    @Override
    public ExpiryChunk expireDue(LocalDateTime businessTime, Reason reason, int maxLots, KeyPartition partition,
            @Nullable ExpiryCursor after) {
        return retrying(() -> bulk.expireDue(businessTime, reason, maxLots, partition, after));
    }

    @Override
    public ExpiryChunk expireInactive(LocalDateTime lastPurchaseBefore, LocalDateTime businessTime, Reason reason,
            int maxMembers, KeyPartition partition, @Nullable ExpiryCursor after) {
        return retrying(() -> bulk.expireInactive(lastPurchaseBefore, businessTime, reason, maxMembers, partition,
                after));
    }

    @Override
    public List<Payout> payouts(long memberId) {
        return reads.execute(status -> queries.payouts(LEDGER_PAYOUT.MEMBER_ID.eq(memberId), false, 500));
    }

    @Override
    public List<Payout> payoutsAwaitingDecision(int limit) {
        return reads.execute(status ->
                queries.payouts(LEDGER_PAYOUT.STATUS.eq(PayoutStatus.REQUESTED.name()), true, limit));
    }

    @Override
    public Balances balances(long memberId, LocalDateTime expiringUntil) {
        return reads.execute(status -> queries.balances(memberId, expiringUntil));
    }

    @Override
    public long available(long memberId) {
        Long available = reads.execute(status -> queries.available(memberId));
        return available == null ? 0 : available;
    }

    @Override
    public HistoryPage history(long memberId, @Nullable HistoryCursor after, int pageSize) {
        return reads.execute(status -> queries.history(memberId, after, pageSize));
    }

    @Override
    public List<MemberExpiring> expiringBetween(LocalDateTime from, LocalDateTime until,
            long afterMemberId, int limit) {
        return reads.execute(status -> queries.expiringBetween(from, until, afterMemberId, limit));
    }

    @Override
    public List<Attribution> attribution(LocalDateTime from, LocalDateTime to) {
        return reads.execute(status -> queries.attribution(from, to));
    }

    @Override
    public long pending(String network, String sourceRef) {
        return reads.execute(status -> queries.pending(network, sourceRef));
    }

    @Override
    public List<PendingPoints> pendingOfMembers(java.util.Collection<Long> memberIds) {
        return memberIds.isEmpty() ? List.of() : reads.execute(status -> queries.pendingOfMembers(memberIds));
    }

    @Override
    public LedgerCheck check() {
        // One REPEATABLE READ snapshot, so concurrent postings cannot make a consistent ledger look broken.
        TransactionTemplate snapshot = new TransactionTemplate(reads.getTransactionManager());
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot.execute(status -> checks.check());
    }

    /**
     * Looks the key up first and otherwise does the work, whose first statement claims the key. A twin running at
     * the same moment blocks on the key's unique index, fails with a duplicate key once the first commits, and on
     * its retry finds and replays the first result.
     */
    private Posting idempotent(Operation op, Object command, Function<String, Posting> work) {
        String fingerprint = Fingerprint.of(command);
        return retrying(() -> {
            var existing = store.findByKey(op.network(), op.idempotencyKey());
            if (existing.isPresent()) {
                StoredTransfer stored = existing.get();
                if (!fingerprint.equals(stored.fingerprint()) || stored.memberId() == null) {
                    throw new IdempotencyConflictException(op.network(), op.idempotencyKey());
                }
                return store.postingOf(stored.id(), stored.kind(), stored.memberId(), true);
            }
            return work.apply(fingerprint);
        });
    }

    /**
     * Runs the work in its own transaction, again after a duplicate key or a lock conflict. Inside a caller's
     * transaction a retry is impossible (it is marked for rollback), so the failure goes to the caller.
     */
    private <T> T retrying(Supplier<T> work) {
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return writes.execute(status -> work.get());
            } catch (RuntimeException e) {
                boolean retryable = DatabaseFailures.isDuplicateKey(e) || DatabaseFailures.isLockConflict(e);
                if (joined || !retryable || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
