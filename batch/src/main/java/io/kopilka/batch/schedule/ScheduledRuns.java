package io.kopilka.batch.schedule;

import io.kopilka.batch.BatchJobs;
import io.kopilka.batch.JobRun;
import io.kopilka.programme.JobSchedule;
import io.kopilka.programme.JobSchedules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the jobs whose schedule fired since the last check, each for the business date before the day it fired
 * on ("yesterday" in UTC: the last whole day). Runs once at a time across all instances (ShedLock on the
 * {@code shedlock} table); the schedules' rows are also locked while a check reads and advances them, and a date's
 * job instance is unique in Spring Batch's repository, so a fired schedule starts its run once.
 */
@Component
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final JobSchedules schedules;
    private final BatchJobs jobs;
    private final TransactionTemplate transaction;

    ScheduledRuns(JobSchedules schedules, BatchJobs jobs, PlatformTransactionManager transactions) {
        this.schedules = schedules;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Starts what is due at {@code now}: for each enabled schedule whose cron fired after its last check and not
     * after {@code now}, the job for the day before the latest such firing (missed earlier firings are covered by
     * it: every job acts on everything due up to its date). Returns the runs started or found.
     */
    @SchedulerLock(name = "kopilka-job-schedules", lockAtMostFor = "PT5M")
    public List<JobRun> startDue(Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Set<String> known = Set.copyOf(jobs.jobNames());
        // Advanced first and committed, then started: Spring Batch refuses to create a run inside a transaction.
        Map<String, LocalDate> due = transaction.execute(status -> {
            Map<String, LocalDate> found = new LinkedHashMap<>();
            for (JobSchedule schedule : schedules.lockAll()) {
                if (!known.contains(schedule.job())) {
                    continue;
                }
                LocalDateTime since = schedule.lastCheckedAt() == null ? at.minusMinutes(1) : schedule.lastCheckedAt();
                LocalDateTime fired = schedule.enabled() ? latestFiring(schedule.cron(), since, at) : null;
                if (fired != null) {
                    found.put(schedule.job(), businessDate(fired));
                }
                schedules.checked(schedule.job(), at);
            }
            return found;
        });
        List<JobRun> started = new ArrayList<>();
        due.forEach((job, asOf) -> {
            try {
                started.add(jobs.start(job, asOf));
                log.info("Scheduled {} for {}", job, asOf);
            } catch (RuntimeException e) {
                log.error("Could not start the scheduled {} for {}", job, asOf, e);
            }
        });
        return started;
    }

    /** The business date a run fired at {@code fired} works on: the day before. */
    public static LocalDate businessDate(LocalDateTime fired) {
        return fired.toLocalDate().minusDays(1);
    }

    /** The latest firing in {@code (after, until]}, if any; an expression that no longer parses never fires. */
    static LocalDateTime latestFiring(String cron, LocalDateTime after, LocalDateTime until) {
        CronExpression expression;
        try {
            expression = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            return null;
        }
        LocalDateTime latest = null;
        LocalDateTime next = expression.next(after);
        while (next != null && !next.isAfter(until)) {
            latest = next;
            next = expression.next(next);
        }
        return latest;
    }
}
