package io.kopilka.batch;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One run of a scheduled job for a business date, with its progress. Serializable: the Jobs page hands it to the
 * next page as a flash attribute, which lives in the session, which lives in the database (docs/scaling.md).
 *
 * @param runId     the run's id (Spring Batch's job execution id)
 * @param job       the job's name, e.g. {@code settlement}
 * @param asOf      the business date it runs for
 * @param status    STARTED, COMPLETED, FAILED or STOPPED
 * @param processed items done so far
 * @param total     items found when the run began, if the job counts them
 * @param startedAt when it started (UTC)
 * @param endedAt   when it ended, if it has
 * @param failure   why it failed: the first line of the exception that ended it, if it failed
 * @param stalled   whether it is STARTED but has shown no progress for so long that its process must have died
 *                  (killed, crashed): starting the date again marks it failed and goes on from its last chunk
 */
public record JobRun(long runId, String job, LocalDate asOf, String status, long processed, @Nullable Long total,
                     @Nullable LocalDateTime startedAt, @Nullable LocalDateTime endedAt, @Nullable String failure,
                     boolean stalled) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether it has not ended yet (a stalled run has, though the repository does not know it). */
    public boolean running() {
        return "STARTED".equals(status) && !stalled;
    }

    /** Whether an operator may restart it. */
    public boolean restartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status) || stalled;
    }
}
