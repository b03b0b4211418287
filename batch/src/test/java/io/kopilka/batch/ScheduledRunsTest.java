package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.batch.schedule.ScheduledRuns;
import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.JobSchedules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScheduledRunsTest extends JobsIntegrationTest {

    @Autowired
    ScheduledRuns scheduledRuns;
    @Autowired
    JobSchedules schedules;

    @Test
    void theDefaultSchedulesAreInTheProgrammeSettingsAndABadCronIsRefused() {
        assertThat(schedules.of("settlement").orElseThrow().cron()).isEqualTo("0 0 3 * * *");
        assertThat(schedules.of("expiry").orElseThrow().cron()).isEqualTo("0 30 3 * * *");
        assertThat(schedules.of("tiers").orElseThrow().cron()).isEqualTo("0 0 4 * * *");
        assertThatThrownBy(() -> schedules.change("tiers", "every night", true, "test"))
                .isInstanceOf(InvalidProgrammeSettingsException.class)
                .satisfies(e -> assertThat(((InvalidProgrammeSettingsException) e).fields()).containsEntry("cron", "jobs.cron.invalid"));
        assertThat(schedules.of("tiers").orElseThrow().cron()).isEqualTo("0 0 4 * * *");
    }

    @Test
    void twoSchedulersRacingAtTheSameMinuteStartTheDueJobOnceForYesterday() throws Exception {
        schedules.change("rfm", "0 0 5 * * *", true, "test");
        Instant tick = Instant.parse("2027-02-01T05:00:30Z");

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<List<JobRun>> scheduler = () -> {
            together.await();
            List<JobRun> started = scheduledRuns.startDue(tick);
            return started == null ? List.of() : started; // null: the other instance held the lock
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<JobRun> started = new ArrayList<>();
        try {
            for (Future<List<JobRun>> instance : instances.invokeAll(List.of(scheduler, scheduler))) {
                started.addAll(instance.get());
            }
        } finally {
            instances.shutdown();
        }

        assertThat(started).hasSize(1);
        assertThat(started.get(0).job()).isEqualTo("rfm");
        assertThat(started.get(0).asOf()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(awaitEnd(started.get(0)).status()).isEqualTo("COMPLETED");
        assertThat(jobs.recentRuns("rfm", 50).stream().filter(r -> r.asOf().equals(LocalDate.of(2027, 1, 31)))).hasSize(1);

        // A later check in the same minute, or by a slower instance, finds nothing due.
        List<JobRun> late = scheduledRuns.startDue(tick.plusSeconds(20));
        assertThat(late == null ? List.of() : late).isEmpty();
    }
}
