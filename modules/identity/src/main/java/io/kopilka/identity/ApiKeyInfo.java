package io.kopilka.identity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An API key as administrators see it: never the key itself, only its last characters. */
public record ApiKeyInfo(long id, String name, @Nullable String networkCode, ApiScope scope, String hint,
                         LocalDateTime createdAt, @Nullable LocalDateTime revokedAt) {

    /** Whether the key still opens the API. */
    public boolean live() {
        return revokedAt == null;
    }
}
