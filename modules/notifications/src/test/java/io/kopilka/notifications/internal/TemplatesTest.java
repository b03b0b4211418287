package io.kopilka.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.notifications.EventType;
import io.kopilka.notifications.InvalidTemplateException;
import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.NotificationTemplates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Marketers' templates: checked, saved with an audit record, and used by the next messages. */
class TemplatesTest extends NotificationsIntegrationTest {

    @Autowired
    NotificationTemplates templates;
    @Autowired
    AuditLog audit;

    @Test
    void aTemplateWithBlankOrUnknownPartsIsRefusedFieldByFieldAndNothingChanges() {
        MessageTemplate before = templates.find(EventType.POINTS_EXPIRING, "en");

        assertThatThrownBy(() -> templates.save(new MessageTemplate(EventType.POINTS_EXPIRING, "en", " ",
                "{points} expire, {bonus}", "x".repeat(501)), "marketer"))
                .isInstanceOfSatisfying(InvalidTemplateException.class, e -> assertThat(e.fields()).isEqualTo(Map.of(
                        "subject", "notifications.template.required",
                        "body", "notifications.template.placeholder",
                        "shortText", "notifications.template.tooLong")));
        assertThat(templates.find(EventType.POINTS_EXPIRING, "en")).isEqualTo(before);
        assertThatThrownBy(() -> templates.find(EventType.POINTS_EXPIRING, "de"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSavedTemplateIsAuditedAndWrittenInTheNextMessages() {
        MessageTemplate before = templates.find(EventType.POINTS_GRANTED, "en");
        try {
            templates.save(new MessageTemplate(EventType.POINTS_GRANTED, "en", "Presents: {points}",
                    "Dear {name}, {points} are yours.", "{points} are yours"), "marketer-test");
            Customer nina = customer("template@example.com", "Nina", new Consents(true, false, false), "en");

            grant(nina, 42);
            notifications.sendDue(now());

            assertThat(messagesOf(nina)).singleElement().satisfies(m -> {
                assertThat(m.subject()).isEqualTo("Presents: 42");
                assertThat(m.text()).isEqualTo("Dear Nina, 42 are yours.");
            });
            assertThat(audit.search(new AuditQuery("marketer-test", "notifications.template.saved", null, null, null,
                    10))).singleElement().satisfies(e -> {
                        assertThat(e.subject()).isEqualTo("template POINTS_GRANTED/en");
                        assertThat(e.after()).contains("Presents: {points}");
                    });
        } finally {
            templates.save(before, "test");
        }
    }
}
