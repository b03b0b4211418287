package io.kopilka.customers.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Russian (+7 zone) phone numbers as people type them, and the one form they are stored in: +7XXXXXXXXXX. */
final class PhoneNumbers {

    /** Digits with the separators people use; a plus only in front. */
    private static final Pattern TYPED = Pattern.compile("\\+?[\\d\\s()\\-.]+");

    private static final int NATIONAL_DIGITS = 10;

    private PhoneNumbers() {
    }

    /**
     * The stored form of a typed number: "8 (999) 000-00-01", "+7 999 000 00 01", "7 999 0000001" and "9990000001" all
     * give "+79990000001"; empty when the text is not a +7 number.
     */
    static Optional<String> normalize(String typed) {
        String trimmed = typed.strip();
        if (!TYPED.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("\\D", "");
        String national;
        if (trimmed.startsWith("+")) {
            national = digits.length() == NATIONAL_DIGITS + 1 && digits.startsWith("7") ? digits.substring(1) : null;
        } else if (digits.length() == NATIONAL_DIGITS + 1 && (digits.startsWith("7") || digits.startsWith("8"))) {
            national = digits.substring(1); // "8" is the trunk prefix dialled inside Russia, "7" the country code
        } else {
            national = digits.length() == NATIONAL_DIGITS ? digits : null;
        }
        // Area and mobile codes of the +7 zone start with 3 to 9; a leading 0, 1 or 2 is a typing mistake.
        if (national == null || national.charAt(0) < '3') {
            return Optional.empty();
        }
        return Optional.of("+7" + national);
    }

    /**
     * The stored-form prefixes a partly typed number may stand for: "8 999" → "+7999" (trunk prefix) and "+78999"
     * (an 8xx number); "999" → "+7999". Empty when the text is not a phone fragment.
     */
    static List<String> searchPrefixes(String typed) {
        String trimmed = typed.strip();
        if (!TYPED.matcher(trimmed).matches()) {
            return List.of();
        }
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        Set<String> prefixes = new LinkedHashSet<>();
        if (trimmed.startsWith("+")) {
            prefixes.add("+" + digits);
        } else {
            if (digits.startsWith("7") || digits.startsWith("8")) {
                prefixes.add("+7" + digits.substring(1));
            }
            prefixes.add("+7" + digits);
        }
        return prefixes.stream().filter(prefix -> prefix.length() <= NATIONAL_DIGITS + 2).toList();
    }
}
