package io.kopilka.web.instances;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits Spring Modulith's event publications left incomplete for longer than
 * {@code kopilka.events.resubmit-after} (15 minutes by default), on one instance at a time, instead of resubmitting
 * every incomplete publication when an instance starts: with several instances, a starting one would hand a listener
 * again what another instance is processing at that very moment (docs/adr/0020-several-instances.md).
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete,
                      @Value("${kopilka.events.resubmit-after:PT15M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(cron = "${kopilka.events.resubmit-cron:0 */5 * * * *}", zone = "UTC")
    @SchedulerLock(name = "kopilka-event-resubmission", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    void resubmitOld() {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}
