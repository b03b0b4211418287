package io.kopilka.programme;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * When a scheduled job runs: a Spring cron expression (six fields, seconds first, evaluated in UTC).
 *
 * @param job           the job's name, e.g. {@code settlement}
 * @param cron          e.g. {@code 0 0 3 * * *} (03:00 every day)
 * @param enabled       whether the scheduler starts it
 * @param lastCheckedAt up to when the scheduler has started its due runs (UTC), if it ever has
 */
public record JobSchedule(String job, String cron, boolean enabled, @Nullable LocalDateTime lastCheckedAt) {
}
