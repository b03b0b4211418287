package io.kopilka.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.reliability.PortalApi.Reply;
import io.kopilka.e2e.support.KopilkaProcess;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database in trouble: unreachable, a pool with no connection to spare, a connection cut in the middle of a
 * call. The portal answers 503 problem details with {@code Retry-After} (a friendly page on the portal's pages)
 * instead of a 500 or an endless wait, recovers by itself, and a call cut half-way leaves nothing half-written.
 * Runs the jar against the local MariaDB server (127.0.0.1:3306) through a TCP proxy the test cuts, with a database
 * of its own that it drops at the end; the pool is small so that it is easy to exhaust.
 */
class DatabaseTroubleTest {

    private static final String GADGETS = "demo-gadgets-key";
    private static final int POOL = 4;

    private static LocalDatabase database;
    private static String schema; // the database's name, for qualified tables
    private static TcpProxy proxy;
    private static KopilkaProcess portal;
    private static PortalApi api;

    @BeforeAll
    static void start() throws SQLException {
        database = LocalDatabase.create("rel_trouble_");
        schema = database.name();
        proxy = new TcpProxy(3306);
        proxy.open();
        portal = KopilkaProcess.startOwn("trouble", database.environment(proxy.port()), List.of(
                "--kopilka.jobs.scheduler.enabled=false",
                "--spring.datasource.hikari.maximum-pool-size=" + POOL,
                "--spring.datasource.hikari.connection-timeout=2000"));
        api = new PortalApi(portal.baseUrl(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws SQLException {
        if (portal != null) {
            portal.stop();
        }
        proxy.close();
        database.drop();
    }

    @Test
    void anUnreachableDatabaseGets503ProblemDetailsAndAFriendlyPageAndThePortalRecoversByItself() throws Exception {
        HttpClient browser = signedIn("+79990000001");
        assertThat(page(browser, "/cabinet").statusCode()).isEqualTo(200);
        String order = order("TROUBLE-UNREACHABLE", "+79990000001");

        proxy.cut();
        try {
            Instant asked = Instant.now();
            Reply refused = api.post(GADGETS, "/api/v1/orders", order);
            assertThat(Duration.between(asked, Instant.now())).as("answered, not left waiting").isLessThan(Duration.ofSeconds(15));
            assertUnavailable(refused);
            assertUnavailable(api.get(GADGETS, "/api/v1/customers?phone=%2B79990000001"));
            HttpResponse<String> cabinet = page(browser, "/cabinet");
            assertThat(cabinet.statusCode()).isEqualTo(503);
            assertThat(cabinet.body()).contains("Сервис временно недоступен").doesNotContain("Exception");
        } finally {
            proxy.open();
        }

        Reply recovered = awaitRecovery(() -> api.get(GADGETS, "/api/v1/customers?phone=%2B79990000001"));
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(page(browser, "/cabinet").statusCode()).isEqualTo(200);
        assertThat(api.post(GADGETS, "/api/v1/orders", order).status()).as("the refused call was not carried out").isEqualTo(201);
        assertThat(api.ledgerCheck().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aPoolWithNoConnectionToSpareAnswers503WithinItsTimeoutAndServesAgainOnceConnectionsAreFree() throws Exception {
        List<CompletableFuture<Reply>> stuck = new ArrayList<>();
        try (Connection locker = control(); Statement sql = locker.createStatement()) {
            sql.execute("LOCK TABLES " + schema + ".orders_member_lock WRITE");
            for (int i = 0; i < POOL; i++) {
                String order = order("TROUBLE-POOL-" + i, "+79990000002");
                stuck.add(CompletableFuture.supplyAsync(() -> post(order)));
            }
            awaitWaiting(POOL);

            Instant asked = Instant.now();
            Reply refused = api.get(GADGETS, "/api/v1/customers?phone=%2B79990000002");
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertUnavailable(refused);
            sql.execute("UNLOCK TABLES");
        }
        for (CompletableFuture<Reply> call : stuck) {
            assertThat(call.get().status()).as("the calls that held the connections went through").isEqualTo(201);
        }
        assertThat(api.get(GADGETS, "/api/v1/customers?phone=%2B79990000002").status()).isEqualTo(200);
        assertThat(api.ledgerCheck().path("ok").asBoolean()).isTrue();
    }

    @Test
    void aPlaceCutOffHalfWayLeavesNoHalfWrittenOrderAndItsRetryPlacesItOnce() throws Exception {
        String externalId = "TROUBLE-CUT-" + System.nanoTime();
        String order = order(externalId, "+79990000003");
        CompletableFuture<Reply> cut;
        try (Connection locker = control(); Statement sql = locker.createStatement();
             Connection reader = control(); Statement look = reader.createStatement()) {
            // The order row is inserted first, then the member is locked: the call waits half-way through.
            sql.execute("LOCK TABLES " + schema + ".orders_member_lock WRITE");
            cut = CompletableFuture.supplyAsync(() -> post(order));
            long connection = awaitWaiting(1).get(0);
            look.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
            assertThat(orderRows(look, externalId)).as("the order row is written, not committed").isEqualTo(1);

            look.execute("KILL CONNECTION " + connection);
            assertUnavailable(cut.get());
            sql.execute("UNLOCK TABLES");
            look.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
            assertThat(orderRows(look, externalId)).as("nothing of the order is left").isZero();
        }
        assertThat(api.get(GADGETS, "/api/v1/orders/" + externalId).status()).isEqualTo(404);

        Reply placed = awaitRecovery(() -> api.post(GADGETS, "/api/v1/orders", order));
        assertThat(placed.status()).isEqualTo(201);
        Reply again = api.post(GADGETS, "/api/v1/orders", order);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(placed.body());
        assertThat(api.ledgerCheck().path("ok").asBoolean()).isTrue();
    }

    private static void assertUnavailable(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.retryAfter()).isEqualTo("5");
        assertThat(reply.body().path("status").asInt()).isEqualTo(503);
        assertThat(reply.body().path("title").asString()).isEqualTo("Service Unavailable");
        assertThat(reply.body().path("detail").asString()).contains("database").contains("again");
    }

    private static String order(String externalId, String phone) {
        return """
                {"externalId":"%s","customer":{"phone":"%s"},"channel":"POS","region":"OTHER",
                 "placedAt":"2026-11-20T10:00:00Z","lines":[{"lineId":"1","sku":"T-1","quantity":1,"unitPrice":9000}]}"""
                .formatted(externalId, phone);
    }

    private static Reply post(String order) {
        try {
            return api.post(GADGETS, "/api/v1/orders", order);
        } catch (PortalApi.NoAnswer e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the portal's connections waiting for the locked table, once there are {@code count} of them. */
    private static List<Long> awaitWaiting(int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection control = control(); Statement sql = control.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("SELECT id FROM information_schema.processlist WHERE db = '"
                        + schema + "' AND state LIKE 'Waiting for table metadata lock%'")) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                if (ids.size() >= count) {
                    return ids;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the portal's calls never waited for the lock");
    }

    private static int orderRows(Statement sql, String externalId) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + schema + ".orders_order WHERE external_id = '"
                + externalId + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private interface Call {
        Reply send() throws Exception;
    }

    private static Reply awaitRecovery(Call call) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        Reply reply = call.send();
        while (reply.status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            reply = call.send();
        }
        return reply;
    }

    private static Connection control() throws SQLException {
        return LocalDatabase.control();
    }

    private HttpClient signedIn(String phone) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page(browser, "/login").body());
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(landed.uri().getPath()).isEqualTo("/cabinet");
        return browser;
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
