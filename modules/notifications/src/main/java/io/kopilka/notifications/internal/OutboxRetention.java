package io.kopilka.notifications.internal;

import io.kopilka.notifications.Notifications;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night deletes the finished messages older than {@code kopilka.notifications.retention-days} (730 by default):
 * the outbox is also each customer's history of what they were told, kept as long as support may be asked about it.
 * Safe on several instances at once: the deletes are idempotent and a second instance finds less or nothing.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final Notifications notifications;
    private final int retentionDays;
    private final Clock clock;

    OutboxRetention(Notifications notifications,
                    @Value("${kopilka.notifications.retention-days:730}") int retentionDays,
                    ObjectProvider<Clock> clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException(
                    "kopilka.notifications.retention-days must be 1 or more, not " + retentionDays);
        }
        this.notifications = notifications;
        this.retentionDays = retentionDays;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "${kopilka.notifications.purge-cron:0 40 4 * * *}", zone = "UTC")
    void purge() {
        long deleted = notifications.purgeFinishedBefore(LocalDateTime.now(clock).minusDays(retentionDays));
        if (deleted > 0) {
            log.info("Notifications: deleted {} finished messages older than {} days", deleted, retentionDays);
        }
    }
}
