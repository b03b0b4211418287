package io.kopilka.notifications;

import java.util.Map;

/** A template that cannot be saved: each invalid field ({@code subject}, {@code body}, {@code shortText}) with its message code. */
public class InvalidTemplateException extends RuntimeException {

    private final Map<String, String> fields;

    /** The invalid fields with their message codes. */
    public InvalidTemplateException(Map<String, String> fields) {
        super("Invalid template: " + fields);
        this.fields = Map.copyOf(fields);
    }

    /** Each invalid field with its message code. */
    public Map<String, String> fields() {
        return fields;
    }
}
