package io.kopilka.orders.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored responses and request fingerprints as JSON: a repeated call answers exactly what was stored, and two calls
 * are "the same" when the canonical JSON of their normalised content hashes alike.
 */
@Component
class OrderJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /** SHA-256 of the value's JSON, in hex. */
    String fingerprint(Object value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(write(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
