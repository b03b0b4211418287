package io.kopilka.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only: collects the "expiring soon" events the expiry job publishes. */
@Component
public class ExpiringNotices {

    final List<PointsExpiringSoon> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PointsExpiringSoon notice) {
        received.add(notice);
    }
}
