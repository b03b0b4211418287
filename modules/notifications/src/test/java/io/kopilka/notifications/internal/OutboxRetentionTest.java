package io.kopilka.notifications.internal;

import static io.kopilka.db.Tables.NOTIFICATION_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxRetentionTest extends NotificationsIntegrationTest {

    @Autowired
    DSLContext db;

    @Test
    void theCleanUpDeletesOnlyFinishedMessagesOlderThanTheCutoffWhateverTheChunk() {
        Customer olga = customer("retention@example.com", "Olga", new Consents(true, false, false), "en");
        for (int i = 0; i < 7; i++) {
            grant(olga, 100 + i);
        }
        List<Message> messages = messagesOf(olga);
        assertThat(messages).hasSize(7);
        LocalDateTime cutoff = LocalDateTime.of(2001, 1, 1, 0, 0); // before any other test's messages
        // five old ones in every status, two recent finished ones
        age(messages.get(0), MessageStatus.SENT, cutoff.minusDays(400));
        age(messages.get(1), MessageStatus.FAILED, cutoff.minusDays(40));
        age(messages.get(2), MessageStatus.SKIPPED, cutoff.minusSeconds(1));
        age(messages.get(3), MessageStatus.QUEUED, cutoff.minusDays(400));
        age(messages.get(4), MessageStatus.SENDING, cutoff.minusDays(400));
        age(messages.get(5), MessageStatus.SENT, cutoff);
        age(messages.get(6), MessageStatus.SENT, cutoff.plusDays(1));

        long deleted = outbox.purgeFinished(cutoff, 2);

        assertThat(deleted).isEqualTo(3);
        assertThat(messagesOf(olga)).extracting(Message::id).containsExactlyInAnyOrder(
                messages.get(3).id(), messages.get(4).id(), messages.get(5).id(), messages.get(6).id());
        assertThat(notifications.purgeFinishedBefore(cutoff)).as("a second run, or another instance").isZero();
    }

    private void age(Message message, MessageStatus status, LocalDateTime createdAt) {
        db.update(NOTIFICATION_MESSAGE).set(NOTIFICATION_MESSAGE.STATUS, status.name())
                .set(NOTIFICATION_MESSAGE.CREATED_AT, createdAt)
                .where(NOTIFICATION_MESSAGE.ID.eq(message.id())).execute();
    }
}
