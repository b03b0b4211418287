package io.kopilka.promotions;

import java.util.Map;
import java.util.TreeMap;

/** Promotion terms or a change refused, with a message key per field; nothing was changed. */
public class InvalidPromotionException extends RuntimeException {

    private final Map<String, String> errors;

    /** Refused for the fields, each with its message key. */
    public InvalidPromotionException(Map<String, String> errors) {
        super("Invalid promotion: " + errors);
        this.errors = Map.copyOf(new TreeMap<>(errors));
    }

    /** Field name → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
