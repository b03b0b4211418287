package io.kopilka.batch.internal;

import io.kopilka.batch.BatchJobs;
import io.kopilka.batch.JobRun;
import io.kopilka.batch.UnknownJobException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Runs jobs through Spring Batch's operator and JDBC job repository: the business date is the one identifying
 * parameter, so a date's job instance is unique and a completed one is never run twice.
 */
@Service
class JobStarter implements BatchJobs {

    static final String AS_OF = "asOf";
    /** Steps put the number of items they found at the start into their context under this key. */
    public static final String TOTAL = "total";
    /** A partitioned step's manager carries this key (see {@link Steps#partitionManager()}). */
    static final String PARTITION_MANAGER = "partitionManager";

    private final Map<String, Job> jobs;
    private final JobOperator operator;
    private final JobRepository repository;

    private final Duration staleAfter;

    JobStarter(List<Job> jobs, JobOperator operator, JobRepository repository,
               @Value("${kopilka.jobs.stale-after:PT10M}") Duration staleAfter) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.operator = operator;
        this.repository = repository;
        this.staleAfter = staleAfter;
    }

    @Override
    public List<String> jobNames() {
        return jobs.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized JobRun start(String name, LocalDate asOf) {
        Job job = job(name);
        JobParameters parameters = new JobParametersBuilder().addLocalDate(AS_OF, asOf, true).toJobParameters();
        JobExecution last = repository.getLastJobExecution(name, parameters);
        try {
            if (last == null) {
                return toRun(operator.start(job, parameters));
            }
            if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
                return toRun(operator.restart(last));
            }
            if (stalled(last)) {
                // The process running it died (killed, crashed): its last chunk rolled back with it. Marked failed,
                // the run goes on from the last committed chunk.
                return toRun(operator.restart(operator.recover(last)));
            }
            return toRun(last);
        } catch (JobExecutionAlreadyRunningException | JobInstanceAlreadyCompleteException e) {
            // Another instance of the application started or finished it a moment ago.
            return toRun(repository.getLastJobExecution(name, parameters));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start " + name + " for " + asOf, e);
        }
    }

    @Override
    public Optional<JobRun> run(String name, long runId) {
        job(name);
        return execution(runId)
                .filter(execution -> execution.getJobInstance().getJobName().equals(name))
                .map(this::toRun);
    }

    /** The execution with this id; the JDBC repository throws for an id it does not know instead of answering null. */
    private Optional<JobExecution> execution(long runId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(runId));
        } catch (EmptyResultDataAccessException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public List<JobRun> recentRuns(String name, int limit) {
        job(name);
        return repository.getJobInstances(name, 0, limit).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit).map(this::toRun).toList();
    }

    private Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new UnknownJobException(name);
        }
        return job;
    }

    private JobRun toRun(JobExecution execution) {
        JobExecution fresh = Optional.ofNullable(repository.getJobExecution(execution.getId())).orElse(execution);
        long processed = 0;
        Long total = null;
        for (StepExecution step : fresh.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(PARTITION_MANAGER)) {
                continue;
            }
            processed += step.getWriteCount();
            if (step.getExecutionContext().containsKey(TOTAL)) {
                total = (total == null ? 0 : total) + step.getExecutionContext().getLong(TOTAL);
            }
        }
        JobInstance instance = fresh.getJobInstance();
        LocalDate asOf = fresh.getJobParameters().getLocalDate(AS_OF);
        return new JobRun(fresh.getId(), instance.getJobName(), asOf, status(fresh.getStatus()), processed, total,
                fresh.getStartTime(), fresh.getEndTime(), failure(fresh), stalled(fresh));
    }

    /**
     * Whether a run the repository calls running has shown no progress for {@code kopilka.jobs.stale-after}: every
     * chunk commits the step's progress, so a run that is alive updates it far more often.
     */
    private boolean stalled(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return false;
        }
        LocalDateTime latest = execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getCreateTime();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getLastUpdated() != null && (latest == null || step.getLastUpdated().isAfter(latest))) {
                latest = step.getLastUpdated();
            }
        }
        return latest != null && latest.plus(staleAfter).isBefore(LocalDateTime.now());
    }

    /** The first line of the first exception that ended the run (its own or a step's), if any. */
    private static @Nullable String failure(JobExecution execution) {
        // A partitioned step's manager only says that a partition failed; the partition's own step says why.
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED && !step.getExecutionContext().containsKey(PARTITION_MANAGER)) {
                String reason = reason(step.getFailureExceptions(), step.getExitStatus().getExitDescription());
                if (reason != null) {
                    return reason;
                }
            }
        }
        return reason(execution.getAllFailureExceptions(), execution.getExitStatus().getExitDescription());
    }

    private static @Nullable String reason(List<Throwable> failures, @Nullable String exitDescription) {
        if (failures.isEmpty()) {
            return exitDescription == null || exitDescription.isBlank() ? null : firstLine(exitDescription);
        }
        Throwable cause = failures.get(0);
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return firstLine(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The four states operators see: everything not yet ended counts as STARTED. */
    private static String status(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "COMPLETED";
            case FAILED, ABANDONED, UNKNOWN -> "FAILED";
            case STOPPED -> "STOPPED";
            default -> "STARTED";
        };
    }
}
