package io.kopilka.notifications.internal;

import static io.kopilka.db.Tables.NOTIFICATION_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At least once, never after sent: crashed workers, a failing provider, back-off, giving up and retrying. */
class DeliveryTest extends NotificationsIntegrationTest {

    @Autowired
    DSLContext db;

    @Test
    void aMessageClaimedByAWorkerThatDiedIsSentAfterTheLeaseWithTheSameIdAndNeverAgainOnceSent() {
        Customer crash = customer(null, "Crash", new Consents(false, true, false), "en");
        grant(crash, 30);
        Message queued = messagesOf(crash).get(0);
        LocalDateTime t0 = now();
        // A worker claimed it (perhaps even handed it to the provider) and died before marking it sent.
        db.update(NOTIFICATION_MESSAGE).set(NOTIFICATION_MESSAGE.STATUS, MessageStatus.SENDING.name())
                .set(NOTIFICATION_MESSAGE.CLAIMED_UNTIL, t0.plusMinutes(5))
                .where(NOTIFICATION_MESSAGE.ID.eq(queued.id())).execute();

        notifications.sendDue(t0.plusMinutes(1));
        assertThat(PROVIDER.acceptedFor(queued.id())).isEmpty();

        notifications.sendDue(t0.plusMinutes(6));
        notifications.sendDue(t0.plusDays(1));
        notifications.sendDue(t0.plusDays(30));

        assertThat(PROVIDER.acceptedFor(queued.id())).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"messageId\":\"" + queued.id() + "\""));
        assertThat(notifications.find(queued.id()).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        assertThat(notifications.retry(queued.id(), t0.plusDays(31), "admin")).isFalse();
    }

    @Test
    void theProviderFailingThenRecoveringDeliversAfterBackOffWithTheFailuresVisible() {
        Customer flaky = customer(null, "Flaky", new Consents(false, true, false), "en");
        grant(flaky, 25);
        long id = messagesOf(flaky).get(0).id();
        LocalDateTime t0 = now();
        PROVIDER.answerNext(503, 503);

        notifications.sendDue(t0);
        Message afterFirst = notifications.find(id).orElseThrow();
        assertThat(afterFirst.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).contains("HTTP 503");
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(t0.plusMinutes(1));

        notifications.sendDue(t0.plusSeconds(30));
        assertThat(notifications.find(id).orElseThrow().attempts()).isEqualTo(1);

        notifications.sendDue(t0.plusMinutes(1));
        Message afterSecond = notifications.find(id).orElseThrow();
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(t0.plusMinutes(3));

        notifications.sendDue(t0.plusMinutes(3));
        Message delivered = notifications.find(id).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MessageStatus.SENT);
        assertThat(delivered.lastError()).isNull();
        assertThat(PROVIDER.acceptedFor(id)).hasSize(1);
    }

    @Test
    void aMessageGivenUpAfterTheLastAttemptWaitsForAnAdministratorsRetry() {
        Customer tired = customer(null, "Tired", new Consents(false, true, false), "en");
        grant(tired, 15);
        long id = messagesOf(tired).get(0).id();
        db.update(NOTIFICATION_MESSAGE).set(NOTIFICATION_MESSAGE.ATTEMPTS, 7)
                .where(NOTIFICATION_MESSAGE.ID.eq(id)).execute();
        LocalDateTime t0 = now();
        PROVIDER.answerNext(500);

        notifications.sendDue(t0);
        assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(MessageStatus.FAILED);
        notifications.sendDue(t0.plusDays(2));
        assertThat(PROVIDER.acceptedFor(id)).isEmpty();

        assertThat(notifications.retry(id, t0.plusDays(2), "admin")).isTrue();
        notifications.sendDue(t0.plusDays(2));

        assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        assertThat(PROVIDER.acceptedFor(id)).hasSize(1);
    }
}
