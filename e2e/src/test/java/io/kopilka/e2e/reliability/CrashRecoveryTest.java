package io.kopilka.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.support.KopilkaProcess;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SIGKILL in the middle of the soak and in the middle of a settlement run, then a restart on the same data: the
 * portal and its embedded MariaDB server are killed together, as a power cut leaves them. Nothing acknowledged is
 * lost, nothing is carried out twice, the interrupted run completes after the restart, the ledger check passes.
 */
class CrashRecoveryTest {

    private static final List<String> SETTINGS = List.of("--kopilka.jobs.scheduler.enabled=false",
            // a killed run is taken up again as soon as its date is started again after the restart
            "--kopilka.jobs.stale-after=PT2S",
            // small chunks: the run lasts long enough to be killed half-way, and there are chunks to roll back
            "--kopilka.settlement.chunk-size=2");

    private static KopilkaProcess portal;

    @BeforeAll
    static void start() {
        portal = KopilkaProcess.startOwn("crash", Map.of(), SETTINGS);
    }

    @AfterAll
    static void stop() {
        portal.stop();
    }

    @Test
    void killedMidSoakAndMidSettlementThePortalRestartsWithEveryAcknowledgedCallOnceAndTheRunCompleted()
            throws Exception {
        PortalApi api = new PortalApi(portal.baseUrl(), Duration.ofSeconds(10));
        Soak.Settings settings = Soak.Settings.of(4, Duration.ofSeconds(12), false, LocalDate.of(2027, 6, 1));
        Soak soak = new Soak(api, settings);
        System.out.println("Crash soak " + settings);
        soak.setUp();

        // 1. Killed at a random moment of the load; the clients carry on into the outage and log no answers.
        long killAfter = 4_000 + ThreadLocalRandom.current().nextLong(5_000);
        Thread killer = new Thread(() -> {
            sleep(killAfter);
            portal.kill();
        }, "killer");
        killer.start();
        soak.runLoad(settings.duration());
        killer.join();
        portal.restart();
        assertThat(soak.figure("no answer")).as("calls caught by the crash").isPositive();
        soak.resolveNoAnswers(Duration.ofSeconds(90));
        soak.replayAcknowledged(300);

        // 2. More load on the restarted portal, nothing settled yet: many settlement items are due.
        soak.runLoad(Duration.ofSeconds(6));
        soak.resolveNoAnswers(Duration.ofSeconds(60));

        // 3. Killed in the middle of the settlement run.
        LocalDate settle = soak.lastDay().plusDays(1);
        long runId = api.startJob("settlement", settle);
        JsonNode atKill = awaitProgress(api, runId);
        portal.kill();
        portal.restart();
        JsonNode interrupted = api.run("settlement", runId);
        System.out.println("Settlement at the kill " + atKill + ", after the restart " + interrupted);
        assertThat(interrupted.path("status").asString()).as("the killed run was still running").isEqualTo("STARTED");
        assertThat(interrupted.path("processed").asLong()).isLessThan(interrupted.path("total").asLong());

        soak.completeJobs(Duration.ofSeconds(120));
        JsonNode completed = soak.complete("settlement", settle, Duration.ofSeconds(120));
        assertThat(completed.path("runId").asLong()).as("a new execution of the same date").isNotEqualTo(runId);
        soak.replayAcknowledged(300);

        Soak.Verdict verdict = soak.verify(true);
        System.out.println("Crash figures " + verdict.figures());
        assertThat(verdict.mismatches()).isEmpty();
        assertThat(soak.figure("resolved")).as("calls without an answer settled by a retry").isPositive();
    }

    /** Waits until the run has settled something and is still running. */
    private static JsonNode awaitProgress(PortalApi api, long runId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode run = api.run("settlement", runId);
        while (run.path("processed").asLong() == 0 && "STARTED".equals(run.path("status").asString())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            run = api.run("settlement", runId);
        }
        return run;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
