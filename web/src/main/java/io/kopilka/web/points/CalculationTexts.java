package io.kopilka.web.points;

import io.kopilka.promotions.Explanation;
import io.kopilka.promotions.ExplanationCodes;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The explanations of an order's calculation in words ({@code calculation.explanation.<CODE>}), numbers written the
 * way the reader's language writes them; an unknown code shows as itself rather than failing.
 */
@Component
public class CalculationTexts {

    private final MessageSource messages;

    CalculationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The explanation as a sentence in the locale's language. */
    public String message(Explanation explanation, Locale locale) {
        Object[] arguments = ExplanationCodes.arguments(explanation);
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = readable(arguments[i], locale);
        }
        return messages.getMessage("calculation.explanation." + explanation.code(), arguments, explanation.code(),
                locale);
    }

    private static Object readable(Object value, Locale locale) {
        if (!(value instanceof String text) || !text.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        BigDecimal number = new BigDecimal(text);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(number.stripTrailingZeros().scale() > 0 ? number.scale() : 0);
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }
}
