package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.notifications.Channel;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consents decide whether and how a customer is written to; an unopened e-mail is followed by an SMS. */
class ConsentAndCascadeTest extends NotificationsIntegrationTest {

    @Test
    void aCustomerWithoutConsentsGetsNoMessageAndTheOutboxSaysWhy() {
        Customer quiet = customer("quiet@example.com", "Quiet", Consents.none(), "en");

        grant(quiet, 100);
        notifications.sendDue(now());

        Message message = messagesOf(quiet).get(0);
        assertThat(message.status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(message.lastError()).isEqualTo(NotificationService.NO_CONSENT);
        assertThat(mailsTo("quiet@example.com")).isEmpty();
        assertThat(PROVIDER.acceptedFor(message.id())).isEmpty();
    }

    @Test
    void anEmailWithoutItsConsentGoesBySmsInstead() {
        Customer smsOnly = customer("sms-only@example.com", "Sam", new Consents(false, true, false), "en");

        grant(smsOnly, 10);
        notifications.sendDue(now());

        assertThat(messagesOf(smsOnly)).singleElement().satisfies(m -> assertThat(m.channel()).isEqualTo(Channel.SMS));
        assertThat(mailsTo("sms-only@example.com")).isEmpty();
    }

    @Test
    void anEmailNotOpenedWithinTheConfiguredDaysIsFollowedByAnSms() {
        Customer lena = customer("unopened@example.com", "Лена", new Consents(true, true, false), "ru");
        grant(lena, 200);
        LocalDateTime sent = now();
        notifications.sendDue(sent);
        Message email = messagesOf(lena).get(0);

        notifications.cascadeDue(sent.plusDays(2));
        assertThat(messagesOf(lena)).hasSize(1);

        notifications.cascadeDue(sent.plusDays(3).plusMinutes(1));
        notifications.sendDue(sent.plusDays(3).plusMinutes(1));
        notifications.cascadeDue(sent.plusDays(7));

        List<Message> messages = messagesOf(lena);
        assertThat(messages).hasSize(2);
        Message sms = messages.stream().filter(m -> m.channel() == Channel.SMS).findFirst().orElseThrow();
        assertThat(sms.parentId()).isEqualTo(email.id());
        assertThat(sms.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sms.text()).isEqualTo("Вам подарили 200 баллов до " + TemplateRenderer.date(
                sent.plusDays(90).toLocalDate(), "ru") + ". Всего 200.");
        assertThat(PROVIDER.acceptedFor(sms.id())).hasSize(1);
    }

    @Test
    void anOpenedEmailIsNotFollowedUp() {
        Customer olga = customer("opened@example.com", "Olga", new Consents(true, true, false), "en");
        grant(olga, 200);
        LocalDateTime sent = now();
        notifications.sendDue(sent);
        Message email = messagesOf(olga).get(0);

        String receipt = notifications.openingReceipt(email.id());
        assertThat(notifications.recordOpened(Long.toString(email.id()), sent.plusHours(4))).as("bare id").isFalse();
        assertThat(notifications.recordOpened(receipt, sent.plusHours(5))).isTrue();
        assertThat(notifications.recordOpened(receipt, sent.plusHours(6))).isFalse();
        notifications.cascadeDue(sent.plusDays(4));

        assertThat(messagesOf(olga)).singleElement().satisfies(m ->
                assertThat(m.openedAt()).isEqualTo(sent.plusHours(5)));
    }

    @Test
    void theFollowUpSmsNeedsTheSmsConsent() {
        Customer mail = customer("mail-only@example.com", "Mila", new Consents(true, false, false), "en");
        grant(mail, 200);
        LocalDateTime sent = now();
        notifications.sendDue(sent);

        notifications.cascadeDue(sent.plusDays(4));
        notifications.sendDue(sent.plusDays(4));

        assertThat(messagesOf(mail)).filteredOn(m -> m.parentId() != null).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED));
    }
}
