package io.kopilka.db.replica;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The replica's connection pool, deliberately not a {@code DataSource} bean: health checks and Boot's conditions on
 * data sources see only the primary, so a replica that is down fails the pages that read it, not the instance's
 * health (which a load balancer would take the whole instance out for).
 */
public final class ReplicaPool implements AutoCloseable {

    private final HikariDataSource pool;

    ReplicaPool(HikariDataSource pool) {
        this.pool = pool;
    }

    /** The pool's connections: read-only, to the replica. */
    public HikariDataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
