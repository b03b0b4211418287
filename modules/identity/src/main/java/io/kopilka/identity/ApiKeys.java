package io.kopilka.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The integrations' API keys, stored only as hashes. */
public interface ApiKeys {

    /** The integration whose live key this is, if any. */
    Optional<ApiClient> authenticate(String presentedKey);

    /** Registers a key chosen by the caller (the demo keys); only its hash is kept. */
    ApiClient register(String name, @Nullable String networkCode, ApiScope scope, String key);
}
