package io.kopilka.identity;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The integrations' API keys, stored only as hashes. */
public interface ApiKeys {

    /** The integration whose live key this is, if any. */
    Optional<ApiClient> authenticate(String presentedKey);

    /** Registers a key chosen by the caller (the demo keys); only its hash is kept. */
    ApiClient register(String name, @Nullable String networkCode, ApiScope scope, String key);

    /**
     * Issues a new random key for an integration, recorded in the audit log as issued by {@code actor}; an
     * {@code orders} key needs a network, an {@code operator} key has none.
     */
    IssuedApiKey issue(String name, @Nullable String networkCode, ApiScope scope, String actor);

    /** Every key, newest first, live and revoked. */
    List<ApiKeyInfo> list();

    /**
     * Revokes a key (idempotent), recorded in the audit log; returns false when there is no such key. This instance
     * refuses the key from the commit on; other instances of the portal within 10 seconds (ADR 0023).
     */
    boolean revoke(long keyId, String actor);
}
