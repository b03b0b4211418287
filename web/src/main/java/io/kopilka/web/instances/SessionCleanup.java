package io.kopilka.web.instances;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired HTTP sessions from the database every minute, on one instance at a time. Spring Session's own
 * clean-up cron is off ({@code spring.session.jdbc.cleanup-cron=-}): it would run the same unbounded range delete on
 * every instance at the same second, each waiting for the others' locks to find nothing left to delete.
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    // lockAtLeastFor: an instance whose clock runs a few seconds late does not delete again right after another
    @Scheduled(cron = "${kopilka.sessions.cleanup-cron:0 * * * * *}", zone = "UTC")
    @SchedulerLock(name = "kopilka-session-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    void deleteExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
