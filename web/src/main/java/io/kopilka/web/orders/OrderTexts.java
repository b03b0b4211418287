package io.kopilka.web.orders;

import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.PointsState;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import io.kopilka.web.cabinet.PointsFormat;
import io.kopilka.web.points.CalculationTexts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An order's facts in the reader's words: where the points are ("pending until delivered", "none: below the minimum
 * order for your region"), its status, money in roubles, dates, networks by name and the calculation's explanations.
 */
@Component
public class OrderTexts {

    /** Explanations that say why an order earned nothing, in the order they are looked for. */
    private static final List<String> NO_POINTS_REASONS = List.of(ExplanationCodes.ANONYMOUS,
            ExplanationCodes.BELOW_REGION_MINIMUM, ExplanationCodes.MONTHLY_CAP_REACHED);
    private static final Set<String> NO_POINTS = Set.copyOf(NO_POINTS_REASONS);

    private final MessageSource messages;
    private final PointsFormat points;
    private final CalculationTexts calculations;
    private final Programme programme;

    OrderTexts(MessageSource messages, PointsFormat points, CalculationTexts calculations, Programme programme) {
        this.messages = messages;
        this.points = points;
        this.calculations = calculations;
        this.programme = programme;
    }

    /** Where the order's points are, in plain words; for an order without points, why, when the calculation says. */
    public String pointsState(PointsState state, List<Explanation> explanations, Locale locale) {
        if (state == PointsState.NONE) {
            for (String code : NO_POINTS_REASONS) {
                if (explanations.stream().anyMatch(e -> e.code().equals(code))) {
                    return message("orders.state.NONE.because", locale, message("orders.none." + code, locale));
                }
            }
        }
        return message("orders.state." + state.name(), locale);
    }

    /** Whether an explanation says why points were not (all) given, which pages show first and marked. */
    public static boolean explainsMissingPoints(Explanation explanation) {
        return NO_POINTS.contains(explanation.code());
    }

    /** The calculation's explanations as sentences, in the pipeline's order (the story of the order). */
    public List<String> explanations(Calculation calculation, Locale locale) {
        return calculation.explanations().stream().map(e -> calculations.message(e, locale)).toList();
    }

    /** The order's status as a word. */
    public String status(OrderStatus status, Locale locale) {
        return message("orders.status." + status.name(), locale);
    }

    /** Money as the language writes it, kopecks only when there are some: "12 400 ₽", "1 999,90 ₽". */
    public String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        boolean kopecks = amount.stripTrailingZeros().scale() > 0;
        format.setMinimumFractionDigits(kopecks ? 2 : 0);
        format.setMaximumFractionDigits(2);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "\u2212" : "") + digits + "\u00a0₽";
    }

    /** Points with their word: "150 баллов". */
    public String points(long value, Locale locale) {
        return points.points(value, locale);
    }

    /** The digits of points, grouped: "1 500". */
    public String number(long value, Locale locale) {
        return points.number(value, locale);
    }

    /** The word after a number of points: "балла", "баллов". */
    public String unit(long value, Locale locale) {
        return points.unit(value, locale);
    }

    /** Points with a sign, or a dash for none: "+150", "−300", "—". */
    public String signedOrDash(long value, Locale locale) {
        return value == 0 ? "—" : points.signed(value, locale);
    }

    /** A date as the language writes it. */
    public String date(TemporalAccessor date, Locale locale) {
        return points.date(date, locale);
    }

    /** A date and time (UTC, as the portal keeps business time). */
    public String dateTime(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern(message("orders.datetime.pattern", locale), locale).format(at);
    }

    /** The network's name in the programme, or its code when it has none. */
    public String network(String code) {
        return programme.networks().stream().filter(n -> n.code().equals(code)).map(Network::name).findFirst()
                .orElse(code);
    }

    /** A message, or {@code fallback} when the bundles have none (a client's own code, e.g. a revision reason). */
    public String messageOr(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** A message of the order pages' bundle. */
    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
