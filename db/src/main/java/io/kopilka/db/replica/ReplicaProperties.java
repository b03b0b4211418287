package io.kopilka.db.replica;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read replica: {@code kopilka.replica.url}, {@code .username}, {@code .password} (from
 * {@code KOPILKA_DB_REPLICA_URL}, {@code _USER}, {@code _PASSWORD}) and the size of its small pool.
 *
 * @param url          the replica's JDBC URL; blank means no replica, every read goes to the primary
 * @param username     the replica's user, ideally one with SELECT grants only
 * @param password     that user's password
 * @param poolSize     the most connections the replica pool opens (reports and searches are short and few)
 * @param connectionTimeoutMillis how long a read waits for a free connection before failing
 */
@ConfigurationProperties("kopilka.replica")
public record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password,
                                @Nullable Integer poolSize, @Nullable Long connectionTimeoutMillis) {

    static final int DEFAULT_POOL_SIZE = 4;

    static final long DEFAULT_CONNECTION_TIMEOUT_MILLIS = 5000;

    int poolSizeOrDefault() {
        return poolSize == null ? DEFAULT_POOL_SIZE : poolSize;
    }

    long connectionTimeoutOrDefault() {
        return connectionTimeoutMillis == null ? DEFAULT_CONNECTION_TIMEOUT_MILLIS : connectionTimeoutMillis;
    }
}
