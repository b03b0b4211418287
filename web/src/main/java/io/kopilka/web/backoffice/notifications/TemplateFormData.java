package io.kopilka.web.backoffice.notifications;

import io.kopilka.notifications.EventType;
import io.kopilka.notifications.MessageTemplate;

/** The template form as typed: subject, e-mail body and SMS/push text. */
record TemplateFormData(String subject, String body, String shortText) {

    TemplateFormData {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        shortText = shortText == null ? "" : shortText;
    }

    static TemplateFormData of(MessageTemplate template) {
        return new TemplateFormData(template.subject(), template.body(), template.shortText());
    }

    MessageTemplate toTemplate(EventType event, String language) {
        return new MessageTemplate(event, language, subject, body, shortText);
    }
}
