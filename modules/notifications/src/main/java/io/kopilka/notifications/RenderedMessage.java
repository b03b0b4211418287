package io.kopilka.notifications;

/**
 * A template filled with a customer's values.
 *
 * @param subject   the e-mail subject
 * @param text      the e-mail's plain text
 * @param html      the e-mail's HTML, every value and the template's own text escaped
 * @param shortText the SMS and push text
 */
public record RenderedMessage(String subject, String text, String html, String shortText) {
}
