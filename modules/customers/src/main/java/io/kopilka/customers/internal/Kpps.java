package io.kopilka.customers.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** An organisation's tax registration reason code (KPP): tax office (4 digits), reason (2 digits or capital Latin letters), number (3 digits). */
final class Kpps {

    // Since 2019 the reason part may hold letters A–Z, so the KPP is 9 characters rather than 9 digits.
    private static final Pattern KPP = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");

    private Kpps() {
    }

    /** The stored form: trimmed, capital letters. */
    static String normalize(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether a normalised KPP has the 9-character format. */
    static boolean isValid(String kpp) {
        return KPP.matcher(kpp).matches();
    }
}
