package io.kopilka.identity.internal;

import static io.kopilka.db.Tables.API_KEY;

import io.kopilka.db.Ids;
import io.kopilka.identity.ApiClient;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqApiKeys implements ApiKeys {

    private final DSLContext db;

    JooqApiKeys(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<ApiClient> authenticate(String presentedKey) {
        return db.selectFrom(API_KEY)
                .where(API_KEY.KEY_HASH.eq(sha256(presentedKey)))
                .and(API_KEY.REVOKED_AT.isNull())
                .fetchOptional()
                .map(key -> new ApiClient(key.getId(), key.getName(), key.getNetworkCode(),
                        ApiScope.valueOf(key.getScope())));
    }

    @Override
    @Transactional
    public ApiClient register(String name, @Nullable String networkCode, ApiScope scope, String key) {
        long id = Ids.next();
        db.insertInto(API_KEY, API_KEY.ID, API_KEY.NAME, API_KEY.NETWORK_CODE, API_KEY.SCOPE, API_KEY.KEY_HASH,
                        API_KEY.KEY_HINT)
                .values(id, name, networkCode, scope.name(), sha256(key), key.substring(Math.max(0, key.length() - 4)))
                .execute();
        return new ApiClient(id, name, networkCode, scope);
    }

    /** Keys are long random secrets, so a fast unsalted hash is enough and lets a request find its key by index. */
    static String sha256(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
