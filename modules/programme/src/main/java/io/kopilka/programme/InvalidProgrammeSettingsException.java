package io.kopilka.programme;

import java.util.Map;

/** Programme policies, a region or a network refused: each refused field with the message code saying why. */
public class InvalidProgrammeSettingsException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidProgrammeSettingsException(Map<String, String> fields) {
        super("Invalid programme settings: " + fields);
        this.fields = Map.copyOf(fields);
    }

    /** Field name → message code. */
    public Map<String, String> fields() {
        return fields;
    }
}
