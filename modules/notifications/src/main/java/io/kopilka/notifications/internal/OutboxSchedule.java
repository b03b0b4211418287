package io.kopilka.notifications.internal;

import io.kopilka.notifications.Notifications;
import io.kopilka.notifications.SendRun;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the worker every poll interval on each instance (claims keep instances apart): first the cascade's follow-ups,
 * then passes of sending until a pass finds nothing due. Off with kopilka.notifications.worker.enabled=false.
 */
@Component
class OutboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final Notifications notifications;
    private final NotificationSettings settings;
    private final Clock clock;

    OutboxSchedule(Notifications notifications, NotificationSettings settings, ObjectProvider<Clock> clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(fixedDelayString = "${kopilka.notifications.poll-interval:PT10S}", initialDelayString = "PT20S")
    void tick() {
        if (!settings.workerEnabled) {
            return;
        }
        try {
            notifications.cascadeDue(LocalDateTime.now(clock));
            SendRun run;
            do {
                run = notifications.sendDue(LocalDateTime.now(clock));
            } while (run.sent() + run.failed() + run.skipped() > 0 && run.claimed() >= settings.batchSize);
        } catch (RuntimeException e) {
            // the next tick tries again; the outbox keeps everything
            log.warn("Notification worker pass failed", e);
        }
    }
}
