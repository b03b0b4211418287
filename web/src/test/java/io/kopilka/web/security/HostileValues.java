package io.kopilka.web.security;

import java.util.List;
import java.util.Random;

/**
 * The corpus of hostile input and a seeded generator over it: text that breaks parsers, numbers beyond every type,
 * unicode that renders deceptively or is not well-formed, very long text, and script and SQL fragments.
 */
final class HostileValues {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    /** What must never reach a page raw: the markup of the two payloads. */
    static final List<String> RAW_MARKUP = List.of("<script>alert(1)", "<img src=x onerror=alert(1)>");

    /** Text values, each as the characters a client sends. */
    static final List<String> TEXTS = List.of(
            SCRIPT, IMG, "' OR 1=1 --", "'; DROP TABLE customer; --", "\" OR \"\"=\"", "1; SELECT SLEEP(5)",
            "\u202Egnp.exe", "a\u200Db\u200Dc", "\u200B", "\uD800", "\uDFFF", "x\uD800y", "😀👩‍👩‍👧‍👦", "\u0000",
            "a\u0000b", "\r\n\r\nX-Injected: 1", "%00", "%s%s%n", "${7*7}", "#{7*7}", "[[${7*7}]]", "*{7*7}",
            "__${T(java.lang.Runtime).getRuntime()}__::.x", "../../../../etc/passwd", "\\", "\"", "'", "{}", "[]",
            "null", "true", "-1", "0", "-0", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999999999", "0x7fffffff", "1.7976931348623157E309",
            "4.9E-325", "1,5", "1 000", "٣", "１２３", " ", "\t", "", "Ӓ".repeat(300), "x".repeat(100_000));

    /** JSON values of every type, as JSON text. */
    static final List<String> JSON_VALUES = List.of(
            "1e309", "-1e309", "-0", "-0.0", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999999999999999", "1.00000000000000000000000000001", "\"NaN\"", "\"Infinity\"",
            "NaN", "Infinity", "0.001", "-1", "2147483648", "true", "null", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]",
            "{\"a\":{\"b\":{\"c\":{}}}}", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\u202e\"",
            "\"\\u200d\"", "\"2026-02-30T25:61:00Z\"", "\"2026-03-10\"", "\"+999999999-12-31T23:59:59Z\"");

    /** Bodies that are not JSON at all or not well-formed JSON. */
    static final List<String> MALFORMED_JSON = List.of(
            "", "{", "}", "[", "{\"a\":", "{\"a\":1,}", "{'a':1}", "{\"a\":1}}", "nul", "\"text\"", "123", "[1,2",
            "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"", "\u0000", "<xml/>", "a=1&b=2", "{\"a\":1e99999}",
            "{\"__proto__\":{}}", "[" .repeat(5_000) + "]".repeat(5_000), "{\"a\":\"" + "x".repeat(100_000) + "\"}");

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    String text() {
        return pick(TEXTS);
    }

    /** A text value, or sometimes a JSON value of another type, as JSON text. */
    String json() {
        return random.nextInt(3) == 0 ? quote(text()) : pick(JSON_VALUES);
    }

    String malformed() {
        return pick(MALFORMED_JSON);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A JSON string literal of {@code text}; lone surrogates become {@code \\ud800}-style escapes. */
    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
                if (Character.isHighSurrogate(c)) {
                    json.append(text.charAt(++i));
                }
            }
        }
        return json.append('"').toString();
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
