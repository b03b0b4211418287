package io.kopilka.requestlog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.requestlog.ApiCall;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CallWriterTest {

    private static ApiCall call() {
        return new ApiCall(LocalDateTime.now(), null, null, "GET", "/api/v1/integration", null, null, 401, 1, null, null);
    }

    @Test
    void aFullQueueDropsAndCountsCallsInsteadOfMakingTheApiWait() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CallWriter writer = new CallWriter(new ApiCallTable(null), meters, 2, 10); // not started: nothing drains

        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            writer.offer(call());
        }

        assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
        assertThat(writer.dropped()).isEqualTo(3);
        assertThat(meters.get("kopilka.request.log.dropped").counter().count()).isEqualTo(3.0);
        assertThat(meters.get("kopilka.request.log.queued").gauge().value()).isEqualTo(2.0);
    }
}
