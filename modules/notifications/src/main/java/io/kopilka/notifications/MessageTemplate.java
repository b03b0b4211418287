package io.kopilka.notifications;

import java.util.List;

/**
 * The text of one event's messages in one language: subject and body for e-mail, a short text for SMS and push.
 * Placeholders in braces ({@link #PLACEHOLDERS}) are replaced with the customer's values, HTML-escaped in e-mails.
 *
 * @param event     the event
 * @param language  {@code ru} or {@code en}
 * @param subject   the e-mail subject
 * @param body      the e-mail text; blank lines separate paragraphs
 * @param shortText the SMS and push text
 */
public record MessageTemplate(EventType event, String language, String subject, String body, String shortText) {

    /** The placeholders a template may use. */
    public static final List<String> PLACEHOLDERS = List.of("name", "points", "total", "tier", "date", "payout");
}
