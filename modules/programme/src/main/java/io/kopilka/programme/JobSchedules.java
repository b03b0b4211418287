package io.kopilka.programme;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The cron schedules of the scheduled jobs, kept with the programme's settings and edited by an administrator. */
public interface JobSchedules {

    /** All schedules, by job name. */
    List<JobSchedule> all();

    /** The job's schedule, if it has one. */
    Optional<JobSchedule> of(String job);

    /**
     * Changes (or adds) the job's schedule, audited as done by {@code actor}; refused with
     * {@link InvalidProgrammeSettingsException} (field {@code cron}, code {@code jobs.cron.invalid}) when Spring's
     * {@code CronExpression} cannot parse the expression.
     */
    JobSchedule change(String job, String cron, boolean enabled, String actor);

    /**
     * Locks the schedules (until the caller's transaction ends) and answers them: the scheduler's reading, so two
     * instances never both take the same due run.
     */
    List<JobSchedule> lockAll();

    /** Records that the job's runs due up to {@code at} have been started, in the caller's transaction. */
    void checked(String job, LocalDateTime at);
}
