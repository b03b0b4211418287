package io.kopilka.web.api.log;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks personal data before a call is logged: phones, e-mails, names, birth dates and card numbers, in JSON (at any
 * depth), in text that is not valid JSON (a cut body) and in query strings. Enough is kept to recognise a value when
 * one already knows it: {@code +7*********01}, {@code o***@example.com}, {@code О***}, {@code ************4321}.
 */
public final class PersonalData {

    private static final Set<String> KEYS = Set.of("phone", "email", "firstname", "lastname", "middlename",
            "birthdate", "card", "cardnumber");
    private static final String KEY_ALTERNATIVES = "phone|email|firstName|lastName|middleName|birthDate|cardNumber|card";
    /** A JSON string or number property, for text that does not parse (bodies cut short, broken JSON). */
    private static final Pattern JSON_PROPERTY = Pattern.compile(
            "(\"(" + KEY_ALTERNATIVES + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|-?\\d+)", Pattern.CASE_INSENSITIVE);
    /** {@code key=value} as forms and query strings write it. */
    private static final Pattern FORM_PROPERTY = Pattern.compile(
            "(?<![\\w.])((" + KEY_ALTERNATIVES + ")=)([^&\\s\"]*)", Pattern.CASE_INSENSITIVE);

    private PersonalData() {
    }

    /**
     * A login as the application's own log lines may show it: a phone ({@code +7*********01}) or an e-mail
     * ({@code o***@example.com}) masked, a staff user name (not personal contact data) as it is.
     */
    public static String maskLogin(String login) {
        String trimmed = login.strip();
        if (trimmed.contains("@")) {
            return mask("email", trimmed);
        }
        return trimmed.matches("[+\\d\\s()\\-]+") ? mask("phone", trimmed.replaceAll("[\\s()\\-]", "")) : trimmed;
    }

    static boolean isPersonal(String key) {
        return KEYS.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The masked form of {@code value} stored under {@code key}. */
    static String mask(String key, String value) {
        String k = key.toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return value;
        }
        return switch (k) {
            case "email" -> {
                int at = value.lastIndexOf('@');
                yield at > 0 ? value.charAt(0) + "***" + value.substring(at) : keepLast(value, 2);
            }
            case "firstname", "lastname", "middlename" -> value.codePoints().limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
            case "birthdate" -> value.replaceAll("\\d", "*");
            case "card", "cardnumber" -> keepLast(value, 4);
            default -> value.startsWith("+") && value.length() > 6
                    ? value.substring(0, 2) + keepLast(value.substring(2), 2)
                    : keepLast(value, 2);
        };
    }

    /** Masks the personal values of a JSON tree in place. */
    static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(object.properties());
            for (Map.Entry<String, JsonNode> property : properties) {
                JsonNode value = property.getValue();
                if (isPersonal(property.getKey()) && (value.isString() || value.isNumber())) {
                    object.put(property.getKey(), mask(property.getKey(), value.asString()));
                } else {
                    mask(value);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                mask(element);
            }
        }
    }

    /** Masks personal values in text that is not JSON: JSON-like properties and {@code key=value} pairs. */
    static String maskText(String text) {
        String masked = replace(JSON_PROPERTY.matcher(text), true);
        return replace(FORM_PROPERTY.matcher(masked), false);
    }

    /** Masks the personal parameters of a query string; their values are kept decoded, the others as they came. */
    static String maskQuery(String query) {
        List<String> parts = new ArrayList<>();
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (equals >= 0 && isPersonal(key)) {
                parts.add(key + "=" + mask(key, decode(pair.substring(equals + 1))));
            } else {
                parts.add(pair);
            }
        }
        return String.join("&", parts);
    }

    private static String replace(Matcher matcher, boolean json) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(3);
            String masked;
            if (json && value.startsWith("\"")) {
                boolean closed = value.length() > 1 && value.endsWith("\"");
                String inner = value.substring(1, closed ? value.length() - 1 : value.length());
                masked = "\"" + mask(matcher.group(2), inner) + (closed ? "\"" : "");
            } else {
                masked = mask(matcher.group(2), json ? value : decode(value));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + masked));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String keepLast(String value, int visible) {
        if (value.length() <= visible * 2) {
            return "*".repeat(value.length());
        }
        return "*".repeat(value.length() - visible) + value.substring(value.length() - visible);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
