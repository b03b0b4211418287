package io.kopilka.customers.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses: a practical check of what people type, and the lower-case form they are stored and found in. */
final class EmailAddresses {

    private static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_LENGTH = 64;

    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";

    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

    /** Dot-separated atoms, then a domain of at least two labels ending in a letter TLD (Cyrillic .рф included) or punycode. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+(?:\\p{L}{2,}|xn--[a-z0-9-]+))");

    private EmailAddresses() {
    }

    /** The stored form (trimmed, lower case) of a valid address; empty when it is not one. */
    static Optional<String> normalize(String typed) {
        // Mailboxes are case-insensitive in practice; one stored form makes lookups and the unique index agree.
        String address = lowerCase(typed);
        if (address.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var matcher = ADDRESS.matcher(address);
        if (!matcher.matches() || matcher.group(1).length() > MAX_LOCAL_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /** The form used to look an address up, without judging it. */
    static String lowerCase(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
