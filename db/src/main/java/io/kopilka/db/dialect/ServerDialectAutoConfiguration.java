package io.kopilka.db.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Sets jOOQ's dialect from the server actually connected, not from the driver.
 *
 * <p>MySQL Connector/J talks to both servers, so Boot would pick MYSQL for MariaDB too and jOOQ would
 * then write upserts that MariaDB rejects.
 */
@AutoConfiguration(before = JooqAutoConfiguration.class)
public class ServerDialectAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServerDialectAutoConfiguration.class);

    @Bean
    DefaultConfigurationCustomizer serverDialect(DataSource dataSource) {
        return configuration -> {
            SQLDialect dialect = dialectOf(dataSource);
            log.info("jOOQ dialect {} chosen from the connected server", dialect);
            configuration.set(dialect);
        };
    }

    /** The dialect matching the server behind {@code dataSource}. */
    public static SQLDialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            return version.toLowerCase().contains("mariadb") ? SQLDialect.MARIADB : SQLDialect.MYSQL;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database server's version", e);
        }
    }
}
