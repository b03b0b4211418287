package io.kopilka.batch.internal;

import io.kopilka.db.KeyPartition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Partitioned steps by points account, shared by settlement and expiry: a manager step splits the work into
 * {@code count} shares by member id modulo the count ({@link KeyPartition}), each run by the worker step in a thread of
 * its own with the share in its step context. Shares never hold the same member, so their chunks never wait for
 * each other's locks; each partition keeps its own progress and restarts on its own (docs/batch-partitioning.md).
 */
public final class MemberPartitions {

    private static final String INDEX = "partition";
    private static final String COUNT = "partitions";

    private MemberPartitions() {
    }

    /** The manager step {@code name} running {@code worker} in {@code count} partitions side by side. */
    public static Step sideBySide(String name, JobRepository repository, Step worker, int count) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(count);
        threads.setDaemon(true);
        return new StepBuilder(name, repository)
                .partitioner(worker.getName(), MemberPartitions::byMember)
                .step(worker)
                .gridSize(count)
                .taskExecutor(threads)
                .listener(Steps.partitionManager())
                .build();
    }

    /** The share of the worker step's partition. */
    public static KeyPartition of(StepContribution contribution) {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        return new KeyPartition(context.getInt(INDEX), context.getInt(COUNT));
    }

    /**
     * One context per share of {@code count}. The count is the grid size Spring Batch passes, not the property: a
     * restart gets the grid size of the run it continues (kept in the manager's context), so a changed property never
     * splits a run's members differently between its first execution and its restart (a share left out, or two
     * overlapping); the new count applies from the next date's run.
     */
    static Map<String, ExecutionContext> byMember(int count) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int index = 0; index < count; index++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, index);
            context.putInt(COUNT, count);
            contexts.put("partition" + index, context);
        }
        return contexts;
    }
}
