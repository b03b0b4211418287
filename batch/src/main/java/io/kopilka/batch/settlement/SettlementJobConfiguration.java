package io.kopilka.batch.settlement;

import io.kopilka.batch.internal.MemberPartitions;
import io.kopilka.batch.internal.Steps;
import io.kopilka.db.KeyPartition;
import io.kopilka.orders.Orders;
import io.kopilka.orders.SettlementResult;
import java.time.LocalDateTime;
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
 * The settlement job: makes available the pending points of orders and B2B batches due on or before the business
 * date. The items are split by points account into {@code kopilka.settlement.partitions} partitions (default 2, one
 * per core of the reference machine) settled side by side; partitions never share an account, so their chunks never
 * wait for each other's locks. In a partition, each tasklet call settles one chunk in the step's transaction,
 * together with the partition's progress, so a crash repeats a chunk completely or not at all and a restart
 * continues every unfinished partition with what is still open.
 */
@Configuration(proxyBeanMethods = false)
class SettlementJobConfiguration {

    static final String JOB = "settlement";
    private static final long HELD_ITEMS_PAUSE_MS = 50;

    @Bean
    Job settlementJob(JobRepository repository, Step settleDue) {
        return new JobBuilder(JOB, repository).start(settleDue).build();
    }

    @Bean
    Step settleDue(JobRepository repository, Step settlePartition,
                   @Value("${kopilka.settlement.partitions:2}") int partitions) {
        return MemberPartitions.sideBySide("settle-due", repository, settlePartition, partitions);
    }

    @Bean
    Step settlePartition(JobRepository repository, PlatformTransactionManager transactions, Orders orders) {
        return new StepBuilder("settle-partition", repository).tasklet(settleChunks(orders), transactions)
                .transactionAttribute(Steps.readCommitted()).allowStartIfComplete(false).build();
    }

    private static Tasklet settleChunks(Orders orders) {
        return (contribution, chunk) -> {
            LocalDateTime endOfDay = Steps.endOf(Steps.asOf(contribution));
            ExecutionContext context = contribution.getStepExecution().getExecutionContext();
            KeyPartition partition = MemberPartitions.of(contribution);
            if (!context.containsKey(Steps.TOTAL)) {
                context.putLong(Steps.TOTAL, orders.dueForSettlement(endOfDay, partition)
                        + contribution.getStepExecution().getWriteCount());
            }
            SettlementResult settled = orders.settleNextChunk(endOfDay, partition);
            contribution.incrementWriteCount(settled.sources());
            if (settled.sources() > 0) {
                return RepeatStatus.CONTINUABLE;
            }
            // Nothing taken: done, unless items are still open that someone else held for a moment (skipped locks).
            if (orders.dueForSettlement(endOfDay, partition) == 0) {
                return RepeatStatus.FINISHED;
            }
            Thread.sleep(HELD_ITEMS_PAUSE_MS);
            return RepeatStatus.CONTINUABLE;
        };
    }
}
