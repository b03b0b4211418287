package io.kopilka.requestlog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.requestlog.ApiCall;
import io.kopilka.requestlog.LoggedCallPage;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.requestlog.RequestLogQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogRetentionTest {

    /** Remembers the cutoffs it was asked to purge before. */
    static class PurgeSpy implements RequestLog {
        final List<LocalDateTime> cutoffs = new ArrayList<>();

        @Override
        public void record(ApiCall call) {
        }

        @Override
        public void flush() {
        }

        @Override
        public LoggedCallPage search(RequestLogQuery query) {
            return new LoggedCallPage(List.of(), null);
        }

        @Override
        public long purgeOlderThan(LocalDateTime cutoff) {
            cutoffs.add(cutoff);
            return 0;
        }
    }

    @Test
    void theScheduledPurgeKeepsTheConfiguredNumberOfDays() {
        PurgeSpy log = new PurgeSpy();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);

        new RequestLogRetention(log, 7, clock).purge();

        assertThat(log.cutoffs).containsExactly(LocalDateTime.parse("2026-11-16T10:15:00"));
    }

    @Test
    void aRetentionOfLessThanADayIsRefusedAtStart() {
        assertThatThrownBy(() -> new RequestLogRetention(new PurgeSpy(), 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention-days");
    }
}
