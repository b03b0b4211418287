package io.kopilka.batch.settlement;

import io.kopilka.batch.internal.Steps;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The settlement job: makes available the pending points of orders and B2B batches due on or before the business
 * date. Each tasklet call settles one chunk in the step's transaction, together with the step's progress, so a crash
 * repeats a chunk completely or not at all and a restart continues with what is still open.
 */
@Configuration(proxyBeanMethods = false)
class SettlementJobConfiguration {

    static final String JOB = "settlement";

    @Bean
    Job settlementJob(JobRepository repository, Step settleDue) {
        return new JobBuilder(JOB, repository).start(settleDue).build();
    }

    @Bean
    Step settleDue(JobRepository repository, PlatformTransactionManager transactions, Orders orders) {
        return new StepBuilder("settle-due", repository).tasklet(settleChunks(orders), transactions)
                .transactionAttribute(Steps.readCommitted()).allowStartIfComplete(false).build();
    }

    private static Tasklet settleChunks(Orders orders) {
        return (contribution, chunk) -> {
            LocalDateTime endOfDay = Steps.endOf(Steps.asOf(contribution));
            ExecutionContext context = contribution.getStepExecution().getExecutionContext();
            if (!context.containsKey(Steps.TOTAL)) {
                context.putLong(Steps.TOTAL, orders.dueForSettlement(endOfDay) + contribution.getStepExecution().getWriteCount());
            }
            SettlementResult settled = orders.settleNextChunk(endOfDay);
            contribution.incrementWriteCount(settled.sources());
            return settled.sources() > 0 ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
        };
    }
}
