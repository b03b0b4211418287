package io.kopilka.db.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.kopilka.db.ReplicaReads;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The {@link ReplicaReads} {@code DSLContext}: on a read-only connection pool of its own to the replica named by
 * {@code kopilka.replica.url}, or, without one, the primary's {@code DSLContext} itself.
 *
 * <p>The {@code DSLContext} is registered as a non-default candidate, so the primary {@code DSLContext} stays the only
 * one injected by type; only injection points asking for {@link ReplicaReads} get it. The replica's pool is a
 * {@link ReplicaPool}, not a {@code DataSource} bean: Flyway, Spring Batch, Modulith, transactions and the health
 * check see the primary alone.
 */
@AutoConfiguration(after = JooqAutoConfiguration.class)
@ConditionalOnBean(DSLContext.class)
@EnableConfigurationProperties(ReplicaProperties.class)
public class ReplicaAutoConfiguration {

    /** The replica pool's name, as Hikari's log lines and metrics show it. */
    public static final String POOL_NAME = "kopilka-replica";

    private static final Logger log = LoggerFactory.getLogger(ReplicaAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(ReplicaUrlCondition.class)
    ReplicaPool replicaPool(ReplicaProperties replica) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(POOL_NAME);
        pool.setDriverClassName("com.mysql.cj.jdbc.Driver");
        pool.setJdbcUrl(replica.url());
        pool.setUsername(replica.username());
        pool.setPassword(replica.password());
        pool.setMaximumPoolSize(replica.poolSizeOrDefault());
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(replica.connectionTimeoutOrDefault());
        // Read-only in the driver and at the server: a write that strays here fails at once instead of making the
        // replica differ from its primary. The session is set explicitly because Connector/J sees MariaDB's "5.5.5-"
        // version prefix and then does not pass setReadOnly on to the server.
        pool.setReadOnly(true);
        pool.setConnectionInitSql("SET SESSION TRANSACTION READ ONLY");
        pool.addDataSourceProperty("useLocalSessionState", "true");
        // Started lazily: the application starts while the replica is down and those reads fail until it is back.
        pool.setInitializationFailTimeout(-1);
        log.info("Reports and the consultants' search read from the replica {} (pool {}, at most {} connections)",
                withoutParameters(replica.url()), POOL_NAME, replica.poolSizeOrDefault());
        return new ReplicaPool(pool);
    }

    @Bean(defaultCandidate = false, destroyMethod = "")
    @ReplicaReads
    @Conditional(ReplicaUrlCondition.class)
    DSLContext replicaReads(DSLContext primary, ReplicaPool replica) {
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(replica.dataSource());
        // The primary's dialect, settings and exception translation; the replica's own connections and transactions
        // (jOOQ's, since the primary's transaction manager knows nothing of this pool).
        Configuration configuration = primary.configuration().derive(connections)
                .derive(new DefaultTransactionProvider(connections));
        return DSL.using(configuration);
    }

    @Bean(defaultCandidate = false, destroyMethod = "")
    @ReplicaReads
    @Conditional(NoReplicaUrlCondition.class)
    DSLContext primaryReads(DSLContext primary) {
        return primary;
    }

    /** The URL as logged: its parameters may carry credentials. */
    private static String withoutParameters(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    /** Matches when no replica is configured. */
    static class NoReplicaUrlCondition extends ReplicaUrlCondition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
