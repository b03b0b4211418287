package io.kopilka.customers.internal;

import java.util.random.RandomGenerator;

/**
 * Card numbers: 13 digits a till's barcode scanner reads as EAN-13. New ones start with 29, a GS1 prefix for
 * restricted (in-store) circulation, so they never equal a product's barcode.
 */
final class CardNumbers {

    static final String PREFIX = "29";

    private static final long RANDOM_PART_BOUND = 10_000_000_000L;

    private CardNumbers() {
    }

    /** Whether the text is 13 digits ending in the EAN-13 check digit of the first 12. */
    static boolean isValid(String cardNumber) {
        return cardNumber.matches("\\d{13}") && checkDigit(cardNumber.substring(0, 12)) == cardNumber.charAt(12) - '0';
    }

    /** A new number: the prefix, ten random digits (so numbers cannot be guessed from one another) and the check digit. */
    static String next(RandomGenerator random) {
        String body = PREFIX + String.format("%010d", random.nextLong(RANDOM_PART_BOUND));
        return body + checkDigit(body);
    }

    /** The EAN-13 check digit of 12 digits: weights 1 and 3 alternating from the left, then up to a multiple of ten. */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    /** The digits of what a person or a scanner typed, without spaces. */
    static String strip(String typed) {
        return typed.replaceAll("\\s", "");
    }
}
