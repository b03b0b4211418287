package io.kopilka.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.LoginPage;
import io.kopilka.e2e.pages.PayoutsPage;
import io.kopilka.e2e.support.Browser;
import io.kopilka.e2e.support.KopilkaProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the portal (the jar started twice, on two ports) on one database of the local MariaDB server
 * (127.0.0.1:3306), created for the test and dropped after it: a person's session carries over from one instance to
 * the other, a job schedule that fires on both starts its job once, and the soak spread over both keeps the ledger
 * exact. Both instances tick their job schedules every second instead of every minute, so that a schedule's firing
 * is seen by both within the test (docs/scaling.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String PASSWORD = "demo";

    private static LocalDatabase database;
    private static String schema; // the database's name, for qualified tables
    private static KopilkaProcess a;
    private static KopilkaProcess b;

    @BeforeAll
    static void start() throws SQLException {
        database = LocalDatabase.create("kopilka_cluster_");
        schema = database.name();
        List<String> settings = List.of("--kopilka.jobs.scheduler.tick-cron=* * * * * *",
                "--logging.level.net.javacrumbs.shedlock=DEBUG");
        // one after the other: the first migrates the database and loads the demo programme, the second finds them
        a = KopilkaProcess.startOwn("instance-a", database.environment(3306), settings);
        b = KopilkaProcess.startOwn("instance-b", database.environment(3306), settings);
    }

    @AfterAll
    static void stop() throws SQLException {
        for (KopilkaProcess instance : new KopilkaProcess[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void aCustomerSignedInOnOneInstanceContinuesOnTheOtherAndSigningOutThereEndsTheSessionOnBoth() throws Exception {
        try (Browser browser = Browser.open()) {
            // cookies belong to the host, not the port: the browser sends A's session cookie to B as well
            CabinetPage onA = LoginPage.open(browser.driver(), a.baseUrl()).signInAsCustomer("+79990000003", PASSWORD);
            assertThat(onA.heading()).isNotBlank();
            PayoutsPage.open(browser.driver(), a.baseUrl()); // the session now also holds a payout form rendered on A
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            CabinetPage onB = CabinetPage.open(browser.driver(), b.baseUrl());
            assertThat(onB.cardNumber()).isEqualTo(onA.cardNumber());
            PayoutsPage payouts = PayoutsPage.open(browser.driver(), b.baseUrl());
            int requests = payouts.requests().size();
            payouts.request("100"); // a POST with the page's CSRF token, checked by B against the shared session
            assertThat(payouts.confirmation()).contains("Заявка принята. К выводу: 100 баллов.");
            assertThat(PayoutsPage.open(browser.driver(), a.baseUrl()).requests()).hasSize(requests + 1);

            CabinetPage.open(browser.driver(), b.baseUrl()).signOut();
            browser.driver().get(a.baseUrl() + "/cabinet");
            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/login");
            // not only the cookie is gone: the session itself ended, for A too
            HttpResponse<String> oldCookieOnA = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(a.baseUrl() + "/cabinet"))
                            .header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(oldCookieOnA.statusCode()).isEqualTo(302);
            assertThat(oldCookieOnA.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
    }

    @Test
    @Order(3) // last: by then both instances have been up for minutes, so the clean-up's minutes below are there
    void aScheduleFiringOnBothInstancesStartsItsJobOnceForItsBusinessDate() throws Exception {
        LocalDateTime fires = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(6).withNano(0);
        String businessDate = fires.toLocalDate().minusDays(1).toString();
        try (Connection control = LocalDatabase.control(); Statement sql = control.createStatement()) {
            assertThat(executions(sql, businessDate)).isZero();
            sql.executeUpdate("UPDATE " + schema + ".job_schedule SET enabled = (job_name = 'settlement')");
            sql.executeUpdate("UPDATE " + schema + ".job_schedule SET cron = '%d %d %d * * *' WHERE job_name = 'settlement'"
                    .formatted(fires.getSecond(), fires.getMinute(), fires.getHour()));

            Instant deadline = Instant.now().plusSeconds(90);
            while (!"COMPLETED".equals(status(sql, businessDate)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(status(sql, businessDate)).isEqualTo("COMPLETED");
            Thread.sleep(3_000); // both instances go on ticking every second
            assertThat(executions(sql, businessDate)).as("runs of settlement for " + businessDate).isEqualTo(1);
        }
        String logs = log("instance-a") + log("instance-b");
        assertThat(Pattern.compile("Scheduled settlement for " + businessDate).matcher(logs).results().count())
                .as("started once, by one of the instances").isEqualTo(1);
        assertThat(log("instance-a")).as("A's ticks took the lock").contains("Locked 'kopilka-job-schedules'");
        assertThat(log("instance-b")).as("B's ticks took the lock").contains("Locked 'kopilka-job-schedules'");
        assertThat(new PortalApi(List.of(a.baseUrl(), b.baseUrl()), Duration.ofSeconds(30)).ledgerCheck()
                .path("ok").asBoolean()).isTrue();
        // the expired sessions' clean-up fires on both at the start of every minute and runs on one of them
        Map<String, Long> cleanupsPerMinute = logs.lines()
                .filter(line -> line.contains("Locked 'kopilka-session-cleanup'"))
                .collect(Collectors.groupingBy(line -> line.substring(0, 16), Collectors.counting()));
        assertThat(cleanupsPerMinute).isNotEmpty().allSatisfy((minute, runs) -> assertThat(runs).as(minute).isOne());
    }

    @Test
    @Order(2)
    void theSoakSpreadOverBothInstancesNeitherLosesNorInventsAPoint() throws Exception {
        // Fewer orders than SoakTest asks of one embedded instance: two JVMs share the two cores, and every commit goes
        // to the machine's shared server (77 and 98 orders in 30 s on the busy machine the test was written on).
        SoakTest.soakAndCheck(new PortalApi(List.of(a.baseUrl(), b.baseUrl()), Duration.ofSeconds(10)), 40);
    }

    /** Spring Batch's executions of settlement for the business date, in the shared job repository. */
    private static int executions(Statement sql, String businessDate) throws SQLException {
        try (ResultSet rows = sql.executeQuery(runs("count(*)", businessDate))) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String status(Statement sql, String businessDate) throws SQLException {
        try (ResultSet rows = sql.executeQuery(runs("max(e.STATUS)", businessDate))) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String runs(String what, String businessDate) {
        return "SELECT " + what + " FROM " + schema + ".BATCH_JOB_EXECUTION e JOIN " + schema
                + ".BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID JOIN " + schema
                + ".BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " WHERE i.JOB_NAME = 'settlement' AND p.PARAMETER_NAME = 'asOf' AND p.PARAMETER_VALUE = '"
                + businessDate + "'";
    }

    private static String log(String name) throws IOException {
        return Files.readString(Path.of("target", name + "-app.log"));
    }

}
