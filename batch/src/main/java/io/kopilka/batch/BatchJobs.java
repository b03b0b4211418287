package io.kopilka.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Starts and reports the scheduled jobs (settlement, and later expiry, tiers, RFM…), each for a business date. A
 * job completed for a date is not run again; a failed or stopped run is restarted and completes what was left.
 */
public interface BatchJobs {

    /** The jobs that can be started, by name. */
    List<String> jobNames();

    /**
     * Starts the job for the date in the background, or answers the run already under way or completed for it.
     *
     * @throws UnknownJobException when there is no such job
     */
    JobRun start(String job, LocalDate asOf);

    /** A run of the job. */
    Optional<JobRun> run(String job, long runId);

    /** The job's latest runs, newest first. */
    List<JobRun> recentRuns(String job, int limit);
}
