package io.kopilka.identity;

import java.util.Locale;

/** Turns what a person types into the login field into the stored login: a phone in +7 form or a lower-case user name. */
public final class LoginNames {

    private LoginNames() {
    }

    /**
     * Normalises a login: "8 (999) 000-00-01", "79990000001" and "+7 999 000 00 01" all become "+79990000001";
     * anything that is not a phone number is trimmed and lower-cased.
     */
    public static String normalize(String typed) {
        String trimmed = typed.strip();
        if (!trimmed.matches("[+\\d\\s()\\-]+")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.length() == 10) {
            return "+7" + digits;
        }
        if (digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
            return "+7" + digits.substring(1);
        }
        return "+" + digits;
    }
}
