package io.kopilka.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.kopilka.db.replica.LocalTestDatabase;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal with a replica configured: primary and "replica" are two databases of their own on the local MariaDB
 * server, the second migrated alike but never replicated into, so what the Reports page and the consultants' search
 * show tells which database they read.
 */
@DirtiesContext
class ReplicaReadsTest extends PortalIntegrationTest {

    private static final LocalTestDatabase PRIMARY = LocalTestDatabase.empty("kopilka_test_web_primary");
    private static final LocalTestDatabase REPLICA = LocalTestDatabase.migrated("kopilka_test_web_replica");

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        LocalTestDatabase.register(registry, PRIMARY, REPLICA);
    }

    @AfterAll
    static void dropDatabases() {
        REPLICA.drop();
        PRIMARY.drop();
    }

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String search(String query) {
        return "/backoffice/customers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void everythingElseRunsOnThePrimary() {
        assertThat(flyway.getConfiguration().getDataSource()).isSameAs(dataSource);
        assertThat(((HikariDataSource) dataSource).getJdbcUrl()).contains("kopilka_test_web_primary");
        assertThat(signedIn("consultant").get("/backoffice").statusCode()).as("sign-in reads the primary").isEqualTo(200);
    }

    @Test
    void theConsultantsSearchFindsByNameWhoIsOnTheReplicaAndByExactPhoneWhoIsOnThePrimary() {
        REPLICA.update("INSERT INTO customer (id, phone, first_name, last_name, card_number, tier_code, registered_at)"
                + " VALUES (42, '+79995550042', 'Вера', 'Репликова', '2999000000017', 'START', ?)", LocalDateTime.now());
        BrowserSession consultant = signedIn("consultant");

        assertThat(consultant.get(search("Репликова")).body()).contains("Репликова Вера", "+79995550042");
        // The demo programme's Anna is on the primary only: a typed phone still finds her, a prefix of her name not yet.
        assertThat(consultant.get(search("+7 999 000 00 01")).body()).contains("Смирнова Анна");
        assertThat(consultant.get(search("Смирнова")).body()).contains("id=\"no-results\"");
    }

    @Test
    void theReportsPageAndItsCsvShowTheFiguresOfTheReplica() {
        REPLICA.update("INSERT INTO report_day (day, network_code, orders, identified_orders, revenue)"
                + " VALUES ('2026-03-15', 'gadgets', 4242, 4000, 123456.50)");
        REPLICA.update("INSERT INTO report_filled_day (day, filled_at) VALUES ('2026-03-31', ?)", LocalDateTime.now());
        BrowserSession marketer = signedIn("marketer");
        String march = "?from=2026-03-01&to=2026-03-31&network=";

        HttpResponse<String> page = marketer.get("/backoffice/reports" + march);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Показатели по дням — по 31.03.2026");

        HttpResponse<byte[]> csv = marketer.getBytes("/backoffice/reports/summary.csv" + march + "&format=semicolon");
        assertThat(csv.statusCode()).isEqualTo(200);
        // 4000 of 4242 orders identified; the revenue as Excel in a Russian locale reads it.
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(";94,3;", ";123456,50;");
    }
}
