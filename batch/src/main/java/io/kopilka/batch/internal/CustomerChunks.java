package io.kopilka.batch.internal;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A tasklet that walks all customers in id order, a chunk per call (and so per step transaction): the total is
 * counted at the start, the last id done is saved in the step's context with each chunk, so a restart goes on after
 * it, and the write count is the customers done.
 */
public final class CustomerChunks {

    /** What a job does with one chunk of customers for the business date, in the step's transaction. */
    @FunctionalInterface
    public interface Work {
        void apply(LocalDate asOf, List<CustomerId> chunk);
    }

    private static final String AFTER = "afterCustomer";

    private CustomerChunks() {
    }

    public static Tasklet tasklet(Customers customers, int size, Work work) {
        return (contribution, context) -> {
            ExecutionContext progress = contribution.getStepExecution().getExecutionContext();
            if (!progress.containsKey(Steps.TOTAL)) {
                progress.putLong(Steps.TOTAL, customers.count());
            }
            List<CustomerId> ids = customers.customerIdsAfter(progress.getLong(AFTER, 0L), size);
            if (ids.isEmpty()) {
                return RepeatStatus.FINISHED;
            }
            work.apply(Steps.asOf(contribution), ids);
            progress.putLong(AFTER, ids.get(ids.size() - 1).value());
            contribution.incrementWriteCount(ids.size());
            return RepeatStatus.CONTINUABLE;
        };
    }
}
