package io.kopilka.bench;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name=value} options of a command; unknown names are refused so a typo does not go unnoticed. */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code --name=value} (or {@code --flag}) arguments. */
    public static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            int eq = arg.indexOf('=');
            values.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return new Options(values);
    }

    /** The option's text, or the default. */
    public String text(String name, String fallback) {
        String value = values.remove(name);
        return value == null ? fallback : value;
    }

    /** The option as a whole number (underscores allowed: 1_000_000), or the default. */
    public long number(String name, long fallback) {
        String value = values.remove(name);
        return value == null ? fallback : Long.parseLong(value.replace("_", ""));
    }

    /** Fails on options nobody asked for. */
    public void noneLeft() {
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + values.keySet());
        }
    }
}
