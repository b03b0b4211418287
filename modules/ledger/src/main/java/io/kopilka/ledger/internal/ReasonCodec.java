package io.kopilka.ledger.internal;

import io.kopilka.ledger.Reason;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Stores a reason's parameters in one column as a URL-encoded query string, readable without a JSON library. */
final class ReasonCodec {

    private ReasonCodec() {
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static Reason decode(String code, String params) {
        Map<String, String> map = new TreeMap<>();
        if (!params.isEmpty()) {
            for (String pair : params.split("&")) {
                int eq = pair.indexOf('=');
                map.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        return new Reason(code, map);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
