package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.batch.PointsExpiringSoon;
import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.ledger.BulkGrant;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutDecision;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.PointsGrantedInBulk;
import io.kopilka.ledger.Posting;
import io.kopilka.notifications.Channel;
import io.kopilka.notifications.EventType;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each event becomes the right message, in the customer's language, through the channel their consents allow. */
class EventMessagesTest extends NotificationsIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aGiftOfPointsIsEmailedInEnglishCarryingTheMessageIdAndATrackingImage() throws Exception {
        Customer anna = customer("gift-en@example.com", "Anna", new Consents(true, true, false), "en");

        grant(anna, 300);
        notifications.sendDue(now());

        Message message = messagesOf(anna).get(0);
        assertThat(message.event()).isEqualTo(EventType.POINTS_GRANTED);
        assertThat(message.status()).isEqualTo(MessageStatus.SENT);
        assertThat(message.channel()).isEqualTo(Channel.EMAIL);
        assertThat(message.language()).isEqualTo("en");
        assertThat(message.subject()).isEqualTo("A gift of 300 points");
        assertThat(message.text()).startsWith("Hello Anna,").contains("You now have 300 points");
        List<MimeMessage> mails = mailsTo("gift-en@example.com");
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("A gift of 300 points");
        assertThat(mail.getHeader(EmailSender.ID_HEADER)[0]).isEqualTo(Long.toString(message.id()));
        assertThat(mail.getMessageID()).isEqualTo("<" + message.id() + "@kopilka>");
        assertThat(htmlOf(mail)).contains("<p>Hello Anna,</p>")
                .contains("<img src=\"https://kopilka.test/n/o/" + notifications.openingReceipt(message.id()) + ".png\"");
    }

    @Test
    void aGrantToAnAudienceTellsEachMemberTheirAmountOnceEvenWhenTheChunkIsAnnouncedAgain() {
        Customer olga = customer("audience-ru@example.com", "Ольга", new Consents(true, false, false), "ru");
        Customer tom = customer("audience-en@example.com", "Tom", new Consents(true, false, false), "en");
        long olgaId = olga.customerId().value();
        long tomId = tom.customerId().value();
        Operation chunk = op(now());
        Map<Long, List<Long>> byPoints = Map.of(500L, List.of(olgaId), 1000L, List.of(tomId));

        ledger.grantMembers(new BulkGrant(chunk, byPoints, now().plusDays(30)));
        // The same chunk announced again (a retried publication): the dedupe keys keep one message per member.
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new PointsGrantedInBulk(chunk, byPoints, now().plusDays(30))));
        notifications.sendDue(now());

        assertThat(messagesOf(olga)).singleElement().satisfies(m -> {
            assertThat(m.event()).isEqualTo(EventType.POINTS_GRANTED);
            assertThat(m.text()).contains("500");
        });
        assertThat(messagesOf(tom)).singleElement().satisfies(m -> assertThat(m.subject())
                .isEqualTo("A gift of 1000 points"));
    }

    /** The HTML part of a multipart e-mail. */
    private static String htmlOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlOf(multipart.getBodyPart(i));
                if (!html.isEmpty()) {
                    return html;
                }
            }
        }
        return "";
    }

    @Test
    void aTierUpIsTextedInRussianToACustomerWithoutEmailAndATierDownSaysNothing() {
        Customer boris = customer(null, "Борис", new Consents(false, true, false), "ru");

        customers.assignTier(boris.customerId(), "GOLD", "MANUAL", now());
        customers.assignTier(boris.customerId(), "START", "MANUAL", now());
        notifications.sendDue(now());

        List<Message> messages = messagesOf(boris);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.event()).isEqualTo(EventType.TIER_UP);
            assertThat(m.channel()).isEqualTo(Channel.SMS);
            assertThat(m.recipient()).isEqualTo(boris.phone());
            assertThat(m.text()).isEqualTo("Поздравляем! Ваш уровень теперь Gold.");
            assertThat(m.status()).isEqualTo(MessageStatus.SENT);
        });
        assertThat(PROVIDER.acceptedFor(messages.get(0).id())).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer test-token");
            assertThat(request.body()).contains("\"messageId\":\"" + messages.get(0).id() + "\"")
                    .contains("\"channel\":\"sms\"").contains("\"to\":\"" + boris.phone() + "\"")
                    .contains("Ваш уровень теперь Gold");
        });
    }

    @Test
    void settlementCreditsEachMemberOfTheChunkWithTheirPointsAndNewTotal() {
        Customer vera = customer("credit-ru@example.com", "Вера", new Consents(true, false, false), "ru");
        Customer dan = customer("credit-en@example.com", "Dan", new Consents(true, false, false), "en");

        accrueAndRelease(List.of(vera, dan), 40);
        notifications.sendDue(now());

        assertThat(messagesOf(vera)).singleElement().satisfies(m -> {
            assertThat(m.event()).isEqualTo(EventType.POINTS_CREDITED);
            assertThat(m.subject()).isEqualTo("Вам начислено 40 баллов");
            assertThat(m.text()).contains("Теперь у вас 40 баллов");
        });
        assertThat(messagesOf(dan)).singleElement().satisfies(m -> assertThat(m.subject())
                .isEqualTo("40 points credited"));
        assertThat(mailsTo("credit-ru@example.com")).hasSize(1);
    }

    @Test
    void aPayoutRequestItsApprovalAndARejectionEachTellTheCustomer() {
        Customer gleb = customer(null, "Gleb", new Consents(false, false, true), "en");
        grant(gleb, 500);
        Posting paid = ledger.requestPayout(new PayoutRequest(op(now()), gleb.customerId().value(), 100));
        ledger.approvePayout(new PayoutDecision(op(now()), paid.transferId(), "finance"));
        Posting rejected = ledger.requestPayout(new PayoutRequest(op(now()), gleb.customerId().value(), 50));
        ledger.rejectPayout(new PayoutDecision(op(now()), rejected.transferId(), "finance"));
        notifications.sendDue(now());

        List<Message> messages = messagesOf(gleb);
        assertThat(messages).extracting(Message::event).containsExactlyInAnyOrder(EventType.POINTS_GRANTED,
                EventType.PAYOUT_REQUESTED, EventType.PAYOUT_PAID, EventType.PAYOUT_REQUESTED,
                EventType.PAYOUT_REJECTED);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.channel()).isEqualTo(Channel.PUSH);
            assertThat(m.status()).isEqualTo(MessageStatus.SENT);
        });
        assertThat(messages).filteredOn(m -> m.event() == EventType.PAYOUT_PAID).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Payout no. " + paid.transferId()
                        + " for 100 points approved."));
    }

    @Test
    void anExpiryNoticeIsQueuedOncePerMemberAndBusinessDate() {
        Customer ira = customer("expiring@example.com", "Ира", new Consents(true, false, false), "ru");
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        for (int run = 0; run < 2; run++) {
            tx.executeWithoutResult(status -> events.publishEvent(
                    new PointsExpiringSoon(ira.customerId().value(), 120, LocalDate.of(2026, 12, 1), asOf)));
        }
        notifications.sendDue(now());

        assertThat(messagesOf(ira)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Скоро сгорят 120 баллов");
            assertThat(m.text()).contains("120 баллов сгорят 01.12.2026");
        });
    }

    @Test
    void workRolledBackQueuesNoMessage() {
        Customer kim = customer("rolled-back@example.com", "Kim", new Consents(true, true, true), "en");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            grant(kim, 70);
            status.setRollbackOnly();
        });

        assertThat(messagesOf(kim)).isEmpty();
    }
}
