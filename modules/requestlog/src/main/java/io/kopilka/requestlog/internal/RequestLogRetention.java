package io.kopilka.requestlog.internal;

import io.kopilka.requestlog.RequestLog;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes calls older than {@code kopilka.request-log.retention-days} (30 by default) every hour. */
@Component
class RequestLogRetention {

    private static final Logger log = LoggerFactory.getLogger(RequestLogRetention.class);

    private final RequestLog requestLog;
    private final int retentionDays;
    private final Clock clock;

    @Autowired
    RequestLogRetention(RequestLog requestLog, @Value("${kopilka.request-log.retention-days:30}") int retentionDays) {
        this(requestLog, retentionDays, Clock.systemUTC());
    }

    RequestLogRetention(RequestLog requestLog, int retentionDays, Clock clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("kopilka.request-log.retention-days must be 1 or more, not " + retentionDays);
        }
        this.requestLog = requestLog;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    @Scheduled(cron = "${kopilka.request-log.purge-cron:0 17 * * * *}", zone = "UTC")
    void purge() {
        long deleted = requestLog.purgeOlderThan(LocalDateTime.now(clock).minusDays(retentionDays));
        if (deleted > 0) {
            log.info("Request log: deleted {} calls older than {} days", deleted, retentionDays);
        }
    }
}
