package io.kopilka.notifications.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks e-mail addresses and phone numbers inside free text (an SMTP server's or a provider's error) before the
 * application log shows it: {@code o***@example.com}, {@code +7*********01}. The outbox keeps the text as it came,
 * for administrators.
 */
final class MaskedContacts {

    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\d._%+-])[\\p{L}\\d._%+-]*(@[\\p{L}\\d.-]+\\.\\p{L}{2,})");
    /** 10 or more digits, possibly with +, spaces, brackets or dashes between them. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s()\\-]{8,}\\d");

    private MaskedContacts() {
    }

    /** The text with every e-mail and phone number masked; null stays null. */
    static @Nullable String in(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll("$1***$2");
        Matcher phones = PHONE.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (phones.find()) {
            String digits = phones.group().replaceAll("\\D", "");
            if (digits.length() < 10) {
                phones.appendReplacement(out, Matcher.quoteReplacement(phones.group()));
                continue;
            }
            String shown = (phones.group().startsWith("+") ? "+" : "") + "*".repeat(digits.length() - 2)
                    + digits.substring(digits.length() - 2);
            phones.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        phones.appendTail(out);
        return out.toString();
    }
}
