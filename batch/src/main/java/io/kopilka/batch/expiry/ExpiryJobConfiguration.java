package io.kopilka.batch.expiry;

import io.kopilka.batch.PointsExpiringSoon;
import io.kopilka.batch.internal.MemberPartitions;
import io.kopilka.batch.internal.Steps;
import io.kopilka.ledger.ExpiryChunk;
import io.kopilka.ledger.ExpiryCursor;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.MemberExpiring;
import io.kopilka.ledger.Reason;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.Programme;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The expiry job for a business date, in three steps, each a loop of chunks in READ COMMITTED step transactions (a
 * chunk's ledger transfer commits with the step's progress and position, so a crash repeats a chunk completely or
 * not at all): lots whose date is on or before the business date ({@code expiry.lot}: lifetimes and promotions' own
 * validity); under the "months after the last purchase" rule, everything of members whose last purchase is older than
 * the date minus N months ({@code expiry.inactive}); then a {@link PointsExpiringSoon} event per member with points
 * expiring within 14 days, published in the chunk's transaction (Modulith's event registry keeps it with the chunk).
 * The two expiring steps run in {@code kopilka.expiry.partitions} partitions by member (default 2) side by side, each
 * walking its share with a keyset position ({@link ExpiryCursor}) kept in its step context.
 */
@Configuration(proxyBeanMethods = false)
class ExpiryJobConfiguration {

    static final String JOB = "expiry";
    private static final String AFTER = "afterMember";
    private static final String AFTER_TIME = "afterTime";
    private static final String AFTER_ID = "afterId";
    private static final String AFTER_LINE = "afterLine";

    @Bean
    Job expiryJob(JobRepository repository, Step expireDueLots, Step expireInactiveMembers, Step announceExpiringSoon) {
        return new JobBuilder(JOB, repository).start(expireDueLots).next(expireInactiveMembers)
                .next(announceExpiringSoon).build();
    }

    @Bean
    Step expireDueLots(JobRepository repository, Step expireDueLotsPartition,
                       @Value("${kopilka.expiry.partitions:2}") int partitions) {
        return MemberPartitions.sideBySide("expire-due-lots", repository, expireDueLotsPartition, partitions);
    }

    @Bean
    Step expireDueLotsPartition(JobRepository repository, PlatformTransactionManager transactions, Ledger ledger,
                                @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = (contribution, context) -> walk(contribution, after ->
                ledger.expireDue(Steps.endOf(Steps.asOf(contribution)), Reason.of("expiry.lot"), chunk,
                        MemberPartitions.of(contribution), after));
        return new StepBuilder("expire-due-lots-partition", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }

    @Bean
    Step expireInactiveMembers(JobRepository repository, Step expireInactiveMembersPartition,
                               @Value("${kopilka.expiry.partitions:2}") int partitions) {
        return MemberPartitions.sideBySide("expire-inactive-members", repository, expireInactiveMembersPartition,
                partitions);
    }

    @Bean
    Step expireInactiveMembersPartition(JobRepository repository, PlatformTransactionManager transactions,
                                        Ledger ledger, Programme programme,
                                        @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = (contribution, context) -> {
            PointsExpiry rule = programme.policies().expiry();
            if (rule.rule() != PointsExpiry.Rule.MONTHS_AFTER_LAST_PURCHASE) {
                return RepeatStatus.FINISHED;
            }
            LocalDate asOf = Steps.asOf(contribution);
            return walk(contribution, after -> ledger.expireInactive(inactiveCutoff(asOf, rule.months()),
                    Steps.endOf(asOf), Reason.of("expiry.inactive"), chunk, MemberPartitions.of(contribution), after));
        };
        return new StepBuilder("expire-inactive-members-partition", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }

    @Bean
    Step announceExpiringSoon(JobRepository repository, PlatformTransactionManager transactions, Ledger ledger,
                              ApplicationEventPublisher events, @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = (contribution, context) -> {
            LocalDate asOf = Steps.asOf(contribution);
            ExecutionContext progress = contribution.getStepExecution().getExecutionContext();
            long after = progress.getLong(AFTER, 0L);
            List<MemberExpiring> soon = ledger.expiringBetween(Steps.endOf(asOf),
                    Steps.endOf(asOf.plusDays(PointsExpiringSoon.DAYS)), after, chunk);
            for (MemberExpiring member : soon) {
                events.publishEvent(new PointsExpiringSoon(member.memberId(), member.points(), member.firstDate(), asOf));
            }
            if (soon.isEmpty()) {
                return RepeatStatus.FINISHED;
            }
            // Saved with the chunk: a restart continues after the last member announced.
            progress.putLong(AFTER, soon.get(soon.size() - 1).memberId());
            contribution.incrementWriteCount(soon.size());
            return RepeatStatus.CONTINUABLE;
        };
        return new StepBuilder("announce-expiring-soon", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }

    /**
     * One chunk of an expiry walk, from the position saved in the step's context by the last committed chunk; the new
     * position is saved with this chunk's transfer, so a restart neither repeats nor skips a row. The chunk's members
     * count as done; the step ends when a chunk finds nothing more to look at.
     */
    private static RepeatStatus walk(StepContribution contribution,
                                     Function<@Nullable ExpiryCursor, ExpiryChunk> chunk) {
        ExecutionContext progress = contribution.getStepExecution().getExecutionContext();
        ExpiryChunk done = chunk.apply(cursor(progress));
        contribution.incrementWriteCount(done.expired().members());
        ExpiryCursor next = done.next();
        if (next == null) {
            return RepeatStatus.FINISHED;
        }
        progress.putString(AFTER_TIME, next.time().toString());
        progress.putLong(AFTER_ID, next.id());
        progress.putInt(AFTER_LINE, next.line());
        return RepeatStatus.CONTINUABLE;
    }

    private static @Nullable ExpiryCursor cursor(ExecutionContext progress) {
        if (!progress.containsKey(AFTER_TIME)) {
            return null;
        }
        return new ExpiryCursor(LocalDateTime.parse(progress.getString(AFTER_TIME)), progress.getLong(AFTER_ID),
                progress.getInt(AFTER_LINE));
    }

    /**
     * Members whose last purchase is before this moment lose everything: the end of the business date N months
     * back. A purchase at 12:00 on 10 January 2025 under the 14-month rule expires in the run for 10 March 2026,
     * not in the run for 9 March.
     */
    static LocalDateTime inactiveCutoff(LocalDate asOf, int months) {
        return Steps.endOf(asOf).minusMonths(months);
    }
}
