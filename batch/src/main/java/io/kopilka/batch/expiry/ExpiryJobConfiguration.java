package io.kopilka.batch.expiry;

import io.kopilka.batch.PointsExpiringSoon;
import io.kopilka.batch.internal.Steps;
import io.kopilka.ledger.BulkResult;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.MemberExpiring;
import io.kopilka.ledger.Reason;
import io.kopilka.programme.PointsExpiry;
import io.kopilka.programme.Programme;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
 * chunk's ledger transfer commits with the step's progress, so a crash repeats a chunk completely or not at all):
 * lots whose date is on or before the business date ({@code expiry.lot}: lifetimes and promotions' own validity);
 * under the "months after the last purchase" rule, everything of members whose last purchase is older than the
 * date minus N months ({@code expiry.inactive}); then a {@link PointsExpiringSoon} event per member with points
 * expiring within 14 days, published in the chunk's transaction (Modulith's event registry keeps it with the chunk).
 */
@Configuration(proxyBeanMethods = false)
class ExpiryJobConfiguration {

    static final String JOB = "expiry";
    private static final String AFTER = "afterMember";

    @Bean
    Job expiryJob(JobRepository repository, Step expireDueLots, Step expireInactiveMembers, Step announceExpiringSoon) {
        return new JobBuilder(JOB, repository).start(expireDueLots).next(expireInactiveMembers)
                .next(announceExpiringSoon).build();
    }

    @Bean
    Step expireDueLots(JobRepository repository, PlatformTransactionManager transactions, Ledger ledger,
                       @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = (contribution, context) -> untilNoMembers(contribution,
                ledger.expireDue(Steps.endOf(Steps.asOf(contribution)), Reason.of("expiry.lot"), chunk));
        return new StepBuilder("expire-due-lots", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }

    @Bean
    Step expireInactiveMembers(JobRepository repository, PlatformTransactionManager transactions, Ledger ledger,
                               Programme programme, @Value("${kopilka.jobs.chunk-size:10000}") int chunk) {
        Tasklet tasklet = (contribution, context) -> {
            PointsExpiry rule = programme.policies().expiry();
            if (rule.rule() != PointsExpiry.Rule.MONTHS_AFTER_LAST_PURCHASE) {
                return RepeatStatus.FINISHED;
            }
            LocalDate asOf = Steps.asOf(contribution);
            return untilNoMembers(contribution, ledger.expireInactive(inactiveCutoff(asOf, rule.months()),
                    Steps.endOf(asOf), Reason.of("expiry.inactive"), chunk));
        };
        return new StepBuilder("expire-inactive-members", repository).tasklet(tasklet, transactions)
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

    /** Counts the chunk's members as done; the step goes on until a chunk finds none. */
    private static RepeatStatus untilNoMembers(StepContribution contribution, BulkResult chunk) {
        contribution.incrementWriteCount(chunk.members());
        return chunk.members() > 0 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
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
