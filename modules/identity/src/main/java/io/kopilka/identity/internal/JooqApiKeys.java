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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * A live key found is trusted this long without reading it again (ADR 0023): every API call presents its key,
     * and a revocation on another instance of the portal takes at most this long to reach this one.
     */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(10);

    /** Live keys recently found, by their hash; unknown keys are never kept, so a new key works at once. */
    private final Map<String, TrustedKey> trusted = new ConcurrentHashMap<>();
    /** Moved on by every revocation here: a read that began before one is not kept. */
    private final AtomicLong revocations = new AtomicLong();

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one statement: no transaction of its own
    public Optional<ApiClient> authenticate(String presentedKey) {
        String hash = sha256(presentedKey);
        long now = System.nanoTime();
        TrustedKey known = trusted.get(hash);
        if (known != null && now - known.until() < 0) {
            return Optional.of(known.client());
        }
        long revocationsBefore = revocations.get();
        Optional<ApiClient> found = db.selectFrom(API_KEY)
                .where(API_KEY.KEY_HASH.eq(hash))
                .and(API_KEY.REVOKED_AT.isNull())
                .fetchOptional()
                .map(JooqApiKeys::toClient);
        if (found.isPresent() && revocations.get() == revocationsBefore) {
            trusted.put(hash, new TrustedKey(found.get(), now + TRUSTED_FOR.toNanos()));
        } else {
            trusted.remove(hash);
        }
        return found;
    }

    /** A live key as last read, trusted until {@code until} ({@link System#nanoTime()}). */
    private record TrustedKey(ApiClient client, long until) {
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
        forgetOnceCommitted(keyId);
        return true;
    }

    /**
     * This instance stops trusting the key as soon as its revocation is committed: a read after that sees it revoked,
     * and a read that began before is not kept ({@link #revocations}).
     */
    private void forgetOnceCommitted(long keyId) {
        Runnable forget = () -> {
            revocations.incrementAndGet();
            trusted.values().removeIf(known -> known.client().keyId() == keyId);
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forget.run(); // also after a rollback: forgetting a live key costs one read
            }
        });
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
