package io.kopilka.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.dialect.ServerDialectAutoConfiguration;
import io.kopilka.web.support.PortalIntegrationTest;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

class DatabaseInfrastructureTest extends PortalIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext db;
    @Autowired
    Flyway flyway;
    @Autowired
    JobRepository jobRepository;

    @Test
    void jooqSpeaksTheDialectOfTheServerItIsConnectedTo() {
        String version = db.fetchValue(DSL.field("version()", String.class));
        SQLDialect expected = version.toLowerCase().contains("mariadb") ? SQLDialect.MARIADB : SQLDialect.MYSQL;

        assertThat(db.dialect()).isEqualTo(expected);
        assertThat(ServerDialectAutoConfiguration.dialectOf(dataSource)).isEqualTo(expected);
    }

    @Test
    void everyMigrationIsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion())
                .contains("1", "1.1", "1.2", "2");
    }

    @Test
    void batchKeepsItsJobRepositoryInTheSameDatabase() throws Exception {
        String jobName = "repository-probe-" + System.nanoTime();
        JobInstance instance = jobRepository.createJobInstance(jobName,
                new JobParametersBuilder().addString("asOf", "2026-11-23").toJobParameters());

        Integer rows = db.fetchValue(DSL.selectCount().from(DSL.table("BATCH_JOB_INSTANCE"))
                .where(DSL.field("JOB_NAME").eq(jobName)));
        assertThat(rows).isEqualTo(1);
        assertThat(instance.getJobName()).isEqualTo(jobName);
    }

    @Test
    void eventPublicationRegistryHasItsTable() {
        assertThat(db.meta().getTables("EVENT_PUBLICATION")).isNotEmpty();
    }

    @Test
    void upsertsWorkInTheChosenDialect() {
        db.execute("create temporary table upsert_probe (id bigint primary key, n int not null)");
        for (int i = 0; i < 2; i++) {
            db.insertInto(DSL.table("upsert_probe"), DSL.field("id"), DSL.field("n")).values(1L, 1)
                    .onDuplicateKeyUpdate().set(DSL.field("n", Integer.class), DSL.field("n", Integer.class).plus(1))
                    .execute();
        }
        assertThat(db.fetchValue(DSL.select(DSL.field("n", Integer.class)).from(DSL.table("upsert_probe")))).isEqualTo(2);
        db.execute("drop temporary table upsert_probe");
    }
}
