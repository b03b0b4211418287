package io.kopilka.batch.schedule;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the schedules at the start of every minute ({@code kopilka.jobs.scheduler.tick-cron}, changed only by tests
 * that cannot wait a minute); {@code kopilka.jobs.scheduler.enabled=false} turns it off. Every instance ticks; the
 * lock of {@link ScheduledRuns#startDue} lets one of them check at a time.
 */
@Component
@ConditionalOnProperty(name = "kopilka.jobs.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduleTick {

    private final ScheduledRuns runs;
    private final Clock clock;

    ScheduleTick(ScheduledRuns runs, ObjectProvider<Clock> clock) {
        this.runs = runs;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "${kopilka.jobs.scheduler.tick-cron:0 * * * * *}", zone = "UTC")
    void tick() {
        runs.startDue(clock.instant());
    }
}
