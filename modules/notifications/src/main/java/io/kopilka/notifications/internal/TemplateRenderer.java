package io.kopilka.notifications.internal;

import io.kopilka.notifications.MessageTemplate;
import io.kopilka.notifications.RenderedMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills templates: {name}-style placeholders replaced by values; the HTML version escapes the filled text, so neither
 * a marketer's text nor a customer's name can inject markup.
 */
final class TemplateRenderer {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private TemplateRenderer() {
    }

    static RenderedMessage render(MessageTemplate template, Map<String, String> values) {
        String text = fill(template.body(), values);
        return new RenderedMessage(fill(template.subject(), values), text, html(text),
                fill(template.shortText(), values));
    }

    /** Placeholders of the text that the templates do not know. */
    static java.util.List<String> unknownPlaceholders(String text) {
        java.util.List<String> unknown = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!MessageTemplate.PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** Dates as customers read them in the language: 05.12.2026, or 5 December 2026. */
    static String date(LocalDate date, String language) {
        return "en".equals(language) ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date)
                : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    /** How a customer without a first name is greeted. */
    static String anonymousName(String language) {
        return "en".equals(language) ? "programme member" : "участник программы";
    }

    /** The e-mail's HTML from its plain text: escaped, blank lines between paragraphs, line breaks kept. */
    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : escape(text.replace("\r\n", "\n")).split("\n\\s*\n")) {
            out.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>\n");
        }
        return out.toString();
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
