package io.kopilka.db.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With no database URL configured, runs an embedded MariaDB and points the connection pool at it.
 *
 * <p>The data folder is {@code kopilka.data-dir} ({@code KOPILKA_DATA_DIR}), by default {@code ~/.kopilka/data}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatabaseUrlCondition.class)
public class EmbeddedMariaDbAutoConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${kopilka.data-dir:${user.home}/.kopilka/data}") String dataDir) {
        return EmbeddedMariaDb.start(Path.of(dataDir), "kopilka");
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("com.mysql.cj.jdbc.Driver")
                .url(server.jdbcUrl())
                .username(server.username())
                .password(server.password())
                .build();
    }
}
