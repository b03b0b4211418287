package io.kopilka.identity;

import org.jspecify.annotations.Nullable;

/** The integration an API key belongs to: its name, its network (none for operator keys) and its scope. */
public record ApiClient(long keyId, String name, @Nullable String networkCode, ApiScope scope) {
}
