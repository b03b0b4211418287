package io.kopilka.batch.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

/** What the jobs' chunked tasklet steps share: the business date, its end, and READ COMMITTED step transactions. */
public final class Steps {

    /** The job parameter with the business date. */
    public static final String AS_OF = JobStarter.AS_OF;
    /** Steps put the number of items they found at the start into their context under this key. */
    public static final String TOTAL = JobStarter.TOTAL;

    private Steps() {
    }

    /**
     * The ledger's rule (ADR 0006): reads after a lock see the latest commit, not a snapshot from before it. Each
     * tasklet call runs in one such transaction together with the step's progress and context.
     */
    public static TransactionAttribute readCommitted() {
        DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return readCommitted;
    }

    /**
     * Marks a partitioned step's manager, whose counts only repeat its partitions' at the end, so a run's progress
     * counts the partitions alone.
     */
    public static StepExecutionListener partitionManager() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                stepExecution.getExecutionContext().putString(JobStarter.PARTITION_MANAGER, "true");
            }
        };
    }

    /** The run's business date. */
    public static LocalDate asOf(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getJobParameters().getLocalDate(AS_OF);
    }

    /**
     * The last moment of the business date the database can hold (microseconds): what is due "on or before" the
     * date. Not {@link LocalTime#MAX}: its nanoseconds are rounded to the next midnight on the way to a
     * {@code DATETIME(6)} comparison, which made a lot expiring at 00:00 on the 10th expire in the run for the 9th
     * (and a delivery at midnight count for the day before).
     */
    public static LocalDateTime endOf(LocalDate date) {
        return date.atTime(END_OF_DAY);
    }

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_999_000);
}
