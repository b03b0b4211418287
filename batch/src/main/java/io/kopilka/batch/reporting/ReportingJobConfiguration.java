package io.kopilka.batch.reporting;

import io.kopilka.batch.internal.Steps;
import io.kopilka.reporting.ReportRollUp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reporting job for a business date, after the nightly jobs whose results it reports: first the daily roll-ups
 * from the first day never filled (the whole history on the first run) up to the date, the day before included again
 * for postings that arrived late — a range of days per chunk, its next day saved with the chunk so a restart goes on
 * from there; then the snapshot as of the end of the date (members, active accounts, tiers, RFM segments).
 */
@Configuration(proxyBeanMethods = false)
class ReportingJobConfiguration {

    static final String JOB = "reporting";
    private static final String NEXT_DAY = "nextDay";

    @Bean
    Job reportingJob(JobRepository repository, Step rollUpDays, Step takeSnapshot) {
        return new JobBuilder(JOB, repository).start(rollUpDays).next(takeSnapshot).build();
    }

    @Bean
    Step rollUpDays(JobRepository repository, PlatformTransactionManager transactions, ReportRollUp rollUp,
                    @Value("${kopilka.reporting.days-per-chunk:31}") int daysPerChunk) {
        Tasklet tasklet = (contribution, context) -> {
            LocalDate asOf = Steps.asOf(contribution);
            ExecutionContext progress = contribution.getStepExecution().getExecutionContext();
            if (!progress.containsKey(NEXT_DAY)) {
                Optional<LocalDate> first = rollUp.firstDayToFill(asOf);
                if (first.isEmpty()) {
                    return RepeatStatus.FINISHED;
                }
                progress.putString(NEXT_DAY, first.get().toString());
                progress.putLong(Steps.TOTAL, ChronoUnit.DAYS.between(first.get(), asOf) + 1);
            }
            LocalDate from = LocalDate.parse(progress.getString(NEXT_DAY));
            if (from.isAfter(asOf)) {
                return RepeatStatus.FINISHED;
            }
            LocalDate to = from.plusDays(daysPerChunk - 1L).isAfter(asOf) ? asOf : from.plusDays(daysPerChunk - 1L);
            contribution.incrementWriteCount(rollUp.fillDays(from, to));
            progress.putString(NEXT_DAY, to.plusDays(1).toString());
            return to.isBefore(asOf) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
        };
        return new StepBuilder("roll-up-days", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }

    @Bean
    Step takeSnapshot(JobRepository repository, PlatformTransactionManager transactions, ReportRollUp rollUp) {
        Tasklet tasklet = (contribution, context) -> {
            rollUp.snapshot(Steps.asOf(contribution));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("take-snapshot", repository).tasklet(tasklet, transactions)
                .transactionAttribute(Steps.readCommitted()).build();
    }
}
