package io.kopilka.web.cabinet;

import io.kopilka.ledger.ExpiringPoints;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes points the way a person reads them: grouped digits, a real minus sign, the word "балл" in the right
 * plural form (Russian has three), and dates in the person's language.
 */
@Component
public class PointsFormat {

    /** U+2212: a minus sign, wider than a hyphen, so "−120" does not read as a dash. */
    static final char MINUS = '\u2212';

    private final MessageSource messages;

    PointsFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** The number with its digits grouped as the language groups them ("1 350" in Russian, "1,350" in English). */
    public String number(long points, Locale locale) {
        String digits = NumberFormat.getIntegerInstance(locale).format(Math.abs(points));
        return points < 0 ? MINUS + digits : digits;
    }

    /** The number with its sign always shown: "+150", "−120". */
    public String signed(long points, Locale locale) {
        String digits = NumberFormat.getIntegerInstance(locale).format(Math.abs(points));
        return (points < 0 ? String.valueOf(MINUS) : points > 0 ? "+" : "") + digits;
    }

    /** The word for points after this number: "балл", "балла", "баллов". */
    public String unit(long points, Locale locale) {
        return message(pluralKey("cabinet.unit", points, locale), locale);
    }

    /** The number followed by its word: "300 баллов". */
    public String points(long points, Locale locale) {
        return number(points, locale) + "\u00a0" + unit(points, locale);
    }

    /** "300 баллов сгорят 02.12.2026". */
    public String expiring(ExpiringPoints expiring, Locale locale) {
        return message(pluralKey("cabinet.balance.expiring.line", expiring.points(), locale), locale,
                number(expiring.points(), locale), date(expiring.date(), locale));
    }

    /** A date (or the date of a date-time) as the language writes it; the pattern lives in the message bundle. */
    public String date(TemporalAccessor date, Locale locale) {
        return DateTimeFormatter.ofPattern(message("cabinet.date.pattern", locale), locale).format(date);
    }

    /** The key of the plural category of {@code n}: {@code key.one}, {@code key.few} or {@code key.many}. */
    static String pluralKey(String key, long n, Locale locale) {
        return key + "." + category(Math.abs(n), locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** CLDR's integer plural rules of Russian; other languages here (English) know only one and many. */
    static String category(long n, Locale locale) {
        if ("ru".equals(locale.getLanguage())) {
            long lastDigit = n % 10;
            long lastTwo = n % 100;
            if (lastDigit == 1 && lastTwo != 11) {
                return "one";
            }
            if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "many";
    }
}
