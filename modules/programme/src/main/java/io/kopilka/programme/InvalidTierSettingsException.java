package io.kopilka.programme;

import java.util.Map;

/** Tier settings refused: each refused field with the message code saying why (e.g. {@code tier.cashback.range}). */
public class InvalidTierSettingsException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidTierSettingsException(Map<String, String> fields) {
        super("Invalid tier settings: " + fields);
        this.fields = Map.copyOf(fields);
    }

    /** Field name → message code. */
    public Map<String, String> fields() {
        return fields;
    }
}
