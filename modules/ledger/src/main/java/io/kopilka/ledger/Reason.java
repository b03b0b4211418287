package io.kopilka.ledger;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Why points moved: a message code and its parameters, which the web layer renders from its message bundles.
 *
 * @param code   a message-bundle key such as {@code ledger.reason.order-cashback}
 * @param params named parameters of the message, kept sorted so equal reasons compare and print alike
 */
public record Reason(String code, Map<String, String> params) {

    /** Validates the code and keeps the parameters sorted and unmodifiable. */
    public Reason {
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || code.length() > 100) {
            throw new IllegalArgumentException("A reason code is 1..100 characters");
        }
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A reason without parameters. */
    public static Reason of(String code) {
        return new Reason(code, Map.of());
    }

    /** A reason with parameters given as key, value, key, value… */
    public static Reason of(String code, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come as key-value pairs");
        }
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Reason(code, params);
    }
}
