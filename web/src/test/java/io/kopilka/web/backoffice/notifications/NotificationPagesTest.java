package io.kopilka.web.backoffice.notifications;

import static io.kopilka.db.Tables.NOTIFICATION_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.notifications.EventType;
import io.kopilka.notifications.Message;
import io.kopilka.notifications.MessageStatus;
import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.NotificationTemplates;
import io.kopilka.notifications.Notifications;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notification pages in the running portal with no SMTP server or provider configured (the demo's default):
 * the template editor and its preview, who may see what, a customer's messages and the public opening receipt.
 */
class NotificationPagesTest extends PortalIntegrationTest {

    @Autowired
    AuditLog audit;

    private static final String TEMPLATE = "/backoffice/notifications/templates/TIER_UP/en";

    @Autowired
    NotificationTemplates templates;
    @Autowired
    Notifications notifications;
    @Autowired
    Customers customers;
    @Autowired
    Ledger ledger;
    @Autowired
    DSLContext db;

    private BrowserSession signedIn(String login) {
        return BrowserSession.demoSignedIn(port, login);
    }

    @Test
    void theMarketersPreviewShowsTheTextAsTypedWithTheSampleCustomersValuesEscaped() {
        BrowserSession marketer = signedIn("marketer");
        Map.Entry<String, String> csrf = marketer.csrfMetaTags(TEMPLATE);

        HttpResponse<String> preview = marketer.postForm(TEMPLATE + "/preview", Map.of(
                        "subject", "Hi {name} <b>now</b>",
                        "body", "Dear {name},\n\n<script>alert(1)</script> {points} points",
                        "shortText", "{points} points, {total} in total"),
                csrf.getValue(), "HX-Request", "true");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview\"")
                .contains("Hi Anna &lt;b&gt;now&lt;/b&gt;")
                .contains("<p>Dear Anna,</p>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; 500 points")
                .contains("500 points, 1250 in total")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedNextToTheFieldAndNothingChanges() {
        MessageTemplate before = templates.find(EventType.TIER_UP, "en");
        BrowserSession marketer = signedIn("marketer");
        Map.Entry<String, String> csrf = marketer.csrfMetaTags(TEMPLATE);

        HttpResponse<String> answer = marketer.postForm(TEMPLATE, Map.of("subject", before.subject(),
                "body", "You earned {bonus}", "shortText", ""), csrf.getValue());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"body-error\"").contains("Неизвестная подстановка в фигурных скобках")
                .contains("id=\"shortText-error\"").contains("You earned {bonus}");
        assertThat(templates.find(EventType.TIER_UP, "en")).isEqualTo(before);
    }

    @Test
    void aSavedTemplateIsWhatTheNextMessagesUse() {
        MessageTemplate before = templates.find(EventType.PAYOUT_PAID, "ru");
        BrowserSession marketer = signedIn("marketer");
        String path = "/backoffice/notifications/templates/PAYOUT_PAID/ru";
        Map.Entry<String, String> csrf = marketer.csrfMetaTags(path);
        try {
            HttpResponse<String> answer = marketer.postForm(path, Map.of("subject", "Выплата {payout} готова",
                    "body", "{name}, деньги отправлены.", "shortText", "Выплата {payout} готова"), csrf.getValue());

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(templates.find(EventType.PAYOUT_PAID, "ru").subject()).isEqualTo("Выплата {payout} готова");
            assertThat(marketer.get(path).body()).contains("id=\"template-saved\"");
        } finally {
            templates.save(before, "test");
        }
    }

    @Test
    void templatesAreForMarketersAndAdministratorsAndTheOutboxForAdministrators() {
        assertThat(signedIn("consultant").get("/backoffice/notifications/templates").statusCode()).isEqualTo(403);
        BrowserSession marketer = signedIn("marketer");
        assertThat(marketer.get("/backoffice/notifications/templates").body()).contains("id=\"edit-TIER_UP-en\"");
        assertThat(marketer.get("/backoffice/notifications/outbox").statusCode()).isEqualTo(403);
        assertThat(signedIn("admin").get("/backoffice/notifications/outbox").statusCode()).isEqualTo(200);
        assertThat(new BrowserSession(port).get("/backoffice/notifications/templates").statusCode()).isIn(302, 401);
    }

    @Test
    void consultantsSeeWhatTheCustomerWasToldAndWhyItWaits() {
        Customer customer = customerWithAGift("Ольга");
        notifications.sendDue(LocalDateTime.now(ZoneOffset.UTC));
        BrowserSession consultant = signedIn("consultant");
        String path = "/backoffice/customers/" + customer.customerId().value();

        assertThat(consultant.get(path).body()).contains("id=\"to-messages\"");
        HttpResponse<String> card = consultant.get(path + "/messages", "HX-Request", "true");

        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("id=\"customer-messages\"").contains("Вам подарили 100 баллов")
                .contains("Канал не настроен").doesNotContain("<html");
        assertThat(consultant.get("/backoffice/customers/999999999/messages").statusCode()).isEqualTo(404);
    }

    @Test
    void aConsultantChoosesTheLanguageTheCustomerIsWrittenIn() {
        Customer customer = customerWithAGift("Lingo");
        BrowserSession consultant = signedIn("consultant");
        String path = "/backoffice/customers/" + customer.customerId().value() + "/messages";
        String token = consultant.csrfMetaTags(path).getValue();

        assertThat(consultant.postForm(path + "/language", Map.of("language", "de"), token).statusCode()).isEqualTo(400);
        assertThat(notifications.languageOf(customer.customerId())).isEqualTo("ru");
        assertThat(consultant.postForm(path + "/language", Map.of("language", "en"), token).statusCode()).isEqualTo(302);

        assertThat(notifications.languageOf(customer.customerId())).isEqualTo("en");
        assertThat(consultant.get(path).body()).contains("id=\"language-saved\"")
                .contains("<option value=\"en\" selected=\"selected\">");
        assertThat(audit.search(new AuditQuery("consultant", "notifications.language.changed", null, null, null, 50)))
                .anySatisfy(entry -> {
                    assertThat(entry.subject()).isEqualTo("customer " + customer.customerId().value());
                    assertThat(entry.before()).isEqualTo("ru");
                    assertThat(entry.after()).isEqualTo("en");
                });
    }

    @Test
    void theOpeningImageNeedsNoSignInAndRecordsTheOpeningOnlyForTheEmailsOwnSignedReceipt() {
        Customer customer = customerWithAGift("Opener");
        notifications.sendDue(LocalDateTime.now(ZoneOffset.UTC));
        Message email = notifications.messagesOf(customer.customerId(), 5).get(0);
        String receipt = notifications.openingReceipt(email.id());
        String forged = email.id() + "-" + "A".repeat(receipt.length() - receipt.indexOf('-') - 1);

        for (String guess : List.of(Long.toString(email.id()), forged, "not-a-number", receipt + "x")) {
            HttpResponse<byte[]> image = new BrowserSession(port).getBytes("/n/o/" + guess + ".png");
            assertThat(image.statusCode()).as(guess).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        }
        assertThat(notifications.find(email.id()).orElseThrow().openedAt()).as("opened by a guess").isNull();

        HttpResponse<byte[]> image = new BrowserSession(port).getBytes("/n/o/" + receipt + ".png");

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(notifications.find(email.id()).orElseThrow().openedAt()).isNotNull();
    }

    @Test
    void anAdministratorQueuesAFailedMessageAgain() {
        Customer customer = customerWithAGift("Failed");
        long id = notifications.messagesOf(customer.customerId(), 5).get(0).id();
        db.update(NOTIFICATION_MESSAGE).set(NOTIFICATION_MESSAGE.STATUS, MessageStatus.FAILED.name())
                .set(NOTIFICATION_MESSAGE.ATTEMPTS, 8).set(NOTIFICATION_MESSAGE.LAST_ERROR, "provider: HTTP 503")
                .where(NOTIFICATION_MESSAGE.ID.eq(id)).execute();
        BrowserSession admin = signedIn("admin");
        String page = admin.get("/backoffice/notifications/outbox").body();
        assertThat(page).contains("id=\"retry-" + id + "\"").contains("provider: HTTP 503");

        HttpResponse<String> retried = admin.postForm("/backoffice/notifications/outbox/" + id + "/retry", Map.of(),
                admin.csrfMetaTags("/backoffice/notifications/outbox").getValue());

        assertThat(retried.statusCode()).isEqualTo(302);
        Message queued = notifications.find(id).orElseThrow();
        // the background worker may be holding it already; either way it is on its way again
        assertThat(queued.status()).isIn(MessageStatus.QUEUED, MessageStatus.SENDING);
        assertThat(queued.attempts()).isZero();
        assertThat(audit.search(new AuditQuery("admin", "notifications.message.retried", null, null, null, 50)))
                .anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("message " + id));
        BrowserSession marketer = signedIn("marketer");
        assertThat(marketer.postForm("/backoffice/notifications/outbox/" + id + "/retry", Map.of(),
                marketer.csrfMetaTags("/backoffice/notifications/templates").getValue()).statusCode()).isEqualTo(403);
    }

    /** A customer of this test's own, written to by e-mail, who just received 100 points. */
    private Customer customerWithAGift(String name) {
        String phone = "+7996" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        Customer customer = customers.register(NewCustomer.withPhone(phone)
                .withEmail("n" + UUID.randomUUID().toString().substring(0, 8) + "@example.com")
                .withNames(name, "Test").withConsents(new Consents(true, true, false)));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ledger.grant(new Grant(new Operation("test-" + UUID.randomUUID(), "gadgets", Reason.of("promotion.grant"),
                now), customer.customerId().value(), 100, now.plusMonths(3)));
        return customer;
    }
}
