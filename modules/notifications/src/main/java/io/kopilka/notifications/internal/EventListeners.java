package io.kopilka.notifications.internal;

import io.kopilka.batch.PointsExpiringSoon;
import io.kopilka.customers.TierChanged;
import io.kopilka.ledger.PayoutStatusChanged;
import io.kopilka.ledger.PointsGranted;
import io.kopilka.ledger.PointsGrantedInBulk;
import io.kopilka.ledger.PointsReleased;
import io.kopilka.notifications.EventType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into queued messages. Plain synchronous listeners on purpose: they run inside the
 * publisher's transaction, so the message is queued exactly when the event's work commits — never lost to a crash
 * after the commit, never queued for work that was rolled back. A failure to queue fails the work too.
 */
@Component
class EventListeners {

    private final OutboxTable outbox;
    private final Clock clock;

    EventListeners(OutboxTable outbox, ObjectProvider<Clock> clock) {
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void on(TierChanged event) {
        if (!event.upgrade()) {
            return; // a tier-down is not worth a message
        }
        long customer = event.customerId().value();
        queue(List.of(NewMessage.of(customer, EventType.TIER_UP, Map.of("tier", event.toTier()),
                "tier:" + customer + ":" + event.toTier() + ":" + event.at())));
    }

    @EventListener
    void on(PointsExpiringSoon event) {
        queue(List.of(NewMessage.of(event.memberId(), EventType.POINTS_EXPIRING,
                Map.of("points", Long.toString(event.points()), "date", event.firstDate().toString()),
                "expiring:" + event.memberId() + ":" + event.asOf())));
    }

    /** A grant to an audience, one chunk: a gift message per member, queued with one statement. */
    @EventListener
    void on(PointsGrantedInBulk event) {
        String expires = event.expiresAt().toLocalDate().toString();
        String chunk = "grant:" + event.operation().network() + ":" + event.operation().idempotencyKey() + ":";
        List<NewMessage> messages = new ArrayList<>();
        event.membersByPoints().forEach((points, members) -> members.forEach(member -> messages.add(
                NewMessage.of(member, EventType.POINTS_GRANTED,
                        Map.of("points", Long.toString(points), "date", expires), chunk + member))));
        queue(messages);
    }

    @EventListener
    void on(PointsGranted event) {
        queue(List.of(NewMessage.of(event.memberId(), EventType.POINTS_GRANTED,
                Map.of("points", Long.toString(event.points()), "date", event.expiresAt().toLocalDate().toString()),
                "grant:" + event.transferId())));
    }

    @EventListener
    void on(PayoutStatusChanged event) {
        EventType type = switch (event.status()) {
            case REQUESTED -> EventType.PAYOUT_REQUESTED;
            case PAID -> EventType.PAYOUT_PAID;
            case REJECTED -> EventType.PAYOUT_REJECTED;
        };
        queue(List.of(NewMessage.of(event.memberId(), type,
                Map.of("points", Long.toString(event.points()), "payout", Long.toString(event.payoutId())),
                "payout:" + event.payoutId() + ":" + event.status().name())));
    }

    /** One settlement chunk: one message per member, queued in a few multi-row statements. */
    @EventListener
    void on(PointsReleased event) {
        // A chunk releases each source once (a repeated chunk finds nothing pending), so no dedupe key is needed.
        queue(event.members().stream()
                .map(m -> new NewMessage(m.memberId(), EventType.POINTS_CREDITED,
                        Map.of("points", Long.toString(m.points())), null, null, null))
                .toList());
    }

    private void queue(List<NewMessage> messages) {
        outbox.enqueue(messages, LocalDateTime.now(clock));
    }
}
