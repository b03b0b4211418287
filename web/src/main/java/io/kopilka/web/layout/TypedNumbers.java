package io.kopilka.web.layout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as people type them into the portal's forms: "1,5" or "1.5", "50 000" (spaces, also non-breaking, between
 * digit groups), "−100" with a typographic minus. One reader for every form, so they all accept the same.
 */
public final class TypedNumbers {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private TypedNumbers() {
    }

    /** The number typed, or empty when the text is blank or not a number. */
    public static Optional<BigDecimal> decimal(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.replaceAll("[\\s\u00A0\u202F]", "").replace('\u2212', '-').replace(',', '.');
        return PLAIN.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    /** The whole number typed, of any size ("1 000", "−5"), or empty when it is blank, not a number or fractional. */
    public static Optional<BigInteger> integer(@Nullable String typed) {
        return decimal(typed).flatMap(number -> {
            try {
                return Optional.of(number.toBigIntegerExact());
            } catch (ArithmeticException fractional) {
                return Optional.empty();
            }
        });
    }

    /** The whole number typed, or empty when it is blank, not a number, fractional or beyond a {@code long}. */
    public static Optional<Long> whole(@Nullable String typed) {
        return integer(typed).filter(number -> number.bitLength() < Long.SIZE).map(BigInteger::longValue);
    }

    /** Whether nothing but spaces was typed. */
    public static boolean blank(@Nullable String typed) {
        return typed == null || typed.isBlank();
    }
}
