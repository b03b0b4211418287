package io.kopilka.identity;

/** A newly issued key: the only moment its plain text exists outside the integration's own configuration. */
public record IssuedApiKey(ApiKeyInfo info, String key) {
}
