package io.kopilka.identity.internal;

import static io.kopilka.db.Tables.API_KEY;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.db.Ids;
import io.kopilka.db.tables.records.ApiKeyRecord;
import io.kopilka.identity.ApiClient;
import io.kopilka.identity.ApiKeyInfo;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import io.kopilka.identity.IssuedApiKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JooqApiKeys implements ApiKeys {

    private static final char[] KEY_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final DSLContext db;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    JooqApiKeys(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
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
        return toClient(insert(name, networkCode, scope, key));
    }

    @Override
    @Transactional
    public IssuedApiKey issue(String name, @Nullable String networkCode, ApiScope scope, String actor) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("An API key needs the integration's name");
        }
        if ((scope == ApiScope.ORDERS) != (networkCode != null)) {
            throw new IllegalArgumentException("An orders key belongs to one network; an operator key to none");
        }
        String key = "kp_" + randomText(40);
        ApiKeyInfo info = toInfo(insert(name.strip(), networkCode, scope, key));
        audit.record(new StaffChange(actor, "api-key.issued", subject(info), null, describe(info)));
        return new IssuedApiKey(info, key);
    }

    @Override
    public List<ApiKeyInfo> list() {
        return db.selectFrom(API_KEY).orderBy(API_KEY.ID.desc()).fetch(JooqApiKeys::toInfo);
    }

    @Override
    @Transactional
    public boolean revoke(long keyId, String actor) {
        ApiKeyRecord key = db.selectFrom(API_KEY).where(API_KEY.ID.eq(keyId)).forUpdate().fetchOne();
        if (key == null) {
            return false;
        }
        if (key.getRevokedAt() == null) {
            db.update(API_KEY).set(API_KEY.REVOKED_AT, LocalDateTime.now(ZoneOffset.UTC))
                    .where(API_KEY.ID.eq(keyId)).execute();
            ApiKeyInfo info = toInfo(key);
            audit.record(new StaffChange(actor, "api-key.revoked", subject(info), describe(info), "revoked"));
        }
        return true;
    }

    private ApiKeyRecord insert(String name, @Nullable String networkCode, ApiScope scope, String key) {
        ApiKeyRecord row = db.newRecord(API_KEY);
        row.setId(Ids.next());
        row.setName(name);
        row.setNetworkCode(networkCode);
        row.setScope(scope.name());
        row.setKeyHash(sha256(key));
        row.setKeyHint(key.substring(Math.max(0, key.length() - 4)));
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        db.insertInto(API_KEY).set(row).execute();
        return row;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)]);
        }
        return text.toString();
    }

    private static String subject(ApiKeyInfo info) {
        return "api-key " + info.id() + " (" + info.name() + ")";
    }

    private static String describe(ApiKeyInfo info) {
        return "scope=" + info.scope().code() + ", network=" + (info.networkCode() == null ? "—" : info.networkCode())
                + ", ends with " + info.hint();
    }

    private static ApiClient toClient(ApiKeyRecord key) {
        return new ApiClient(key.getId(), key.getName(), key.getNetworkCode(), ApiScope.valueOf(key.getScope()));
    }

    private static ApiKeyInfo toInfo(ApiKeyRecord key) {
        return new ApiKeyInfo(key.getId(), key.getName(), key.getNetworkCode(), ApiScope.valueOf(key.getScope()),
                key.getKeyHint(), key.getCreatedAt(), key.getRevokedAt());
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
