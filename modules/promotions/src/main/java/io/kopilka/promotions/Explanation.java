package io.kopilka.promotions;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a rule changed or blocked points or money: a stable code (e.g. {@code BELOW_REGION_MINIMUM}) and the values a
 * message in the customer's language is built from.
 */
public record Explanation(String code, Map<String, String> params) {

    /** Keeps the parameters sorted and unmodifiable. */
    public Explanation {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** An explanation with parameters given as key, value, key, value… */
    public static Explanation of(String code, String... keysAndValues) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Explanation(code, params);
    }
}
