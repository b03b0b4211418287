package io.kopilka.web.api.log;

import io.kopilka.identity.ApiClient;
import io.kopilka.requestlog.ApiCall;
import io.kopilka.requestlog.RequestLog;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns what the filter saw of a call into the log's {@link ApiCall}: ids found, personal data masked. */
class ApiCalls {

    private static final Pattern ORDER_PATH = Pattern.compile("^/api/v\\d+/orders/([^/]+)");
    private static final Pattern CUSTOMER_PATH = Pattern.compile("^/api/v\\d+/customers/(\\d{1,18})(?:/|$)");

    private final JsonMapper json;

    ApiCalls(JsonMapper json) {
        this.json = json;
    }

    /** One body as the filter caught it: its bytes and content type. */
    record Body(byte[] content, @Nullable String contentType) {
    }

    ApiCall describe(LocalDateTime receivedAt, @Nullable ApiClient client, String method, String path,
                     @Nullable String query, int status, long durationMs, Body request, Body response) {
        Parsed in = parse(request);
        Parsed out = parse(response);
        String order = firstOf(group(ORDER_PATH, path), text(in.tree, "externalId"), text(out.tree, "externalId"));
        String customer = firstOf(group(CUSTOMER_PATH, path), text(in.tree == null ? null : in.tree.get("customer"), "customerId"),
                text(in.tree, "customerId"), text(out.tree, "customerId"));
        return new ApiCall(receivedAt, client == null ? null : client.name(), client == null ? null : client.networkCode(),
                method, query == null || query.isEmpty() ? path : path + "?" + PersonalData.maskQuery(query),
                order, customer == null ? null : number(customer), status, durationMs, in.masked, out.masked);
    }

    /** A body parsed once: its JSON tree when it is JSON, and its masked text. */
    private record Parsed(@Nullable JsonNode tree, @Nullable String masked) {
    }

    private Parsed parse(Body body) {
        if (body.content().length == 0) {
            return new Parsed(null, null);
        }
        MediaType type = mediaType(body.contentType());
        if (type != null && !isText(type)) {
            return new Parsed(null, "[" + body.content().length + " bytes of " + type + "]");
        }
        Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        int length = Math.min(body.content().length, RequestLog.MAX_BODY_CHARS * 4); // no more than the log keeps
        String text = new String(body.content(), 0, length, charset);
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            try {
                JsonNode tree = json.readTree(text);
                PersonalData.mask(tree);
                return new Parsed(tree, json.writeValueAsString(tree));
            } catch (JacksonException notJson) {
                // cut short or broken: masked as text below
            }
        }
        return new Parsed(null, PersonalData.maskText(text));
    }

    private static @Nullable MediaType mediaType(@Nullable String contentType) {
        try {
            return contentType == null || contentType.isBlank() ? null : MediaType.parseMediaType(contentType);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static boolean isText(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") || subtype.contains("json") || subtype.contains("xml")
                || subtype.equals("x-www-form-urlencoded");
    }

    private static @Nullable String text(@Nullable JsonNode node, String property) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(property);
        return value != null && (value.isString() || value.isNumber()) ? value.asString() : null;
    }

    private static @Nullable String group(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.find() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : null;
    }

    private static @Nullable String firstOf(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static @Nullable Long number(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
