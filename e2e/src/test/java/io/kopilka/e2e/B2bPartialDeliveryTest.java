package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BusinessOrderPage;
import io.kopilka.e2e.pages.BusinessOrdersPage;
import io.kopilka.e2e.pages.BusinessPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's story: a B2B order of 100 units delivered in three batches to two destinations, the points released
 * batch by batch after each settlement run, visible to the buyer.
 */
class B2bPartialDeliveryTest extends EndToEndTest {

    private static final String DESK = "demo-business-key";
    private static final String OPERATOR = "demo-operator-key";
    private static final String NEVSKY = "Склад на Невском, 1";
    private static final String KUPCHINO = "Магазин в Купчино";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aB2bOrderDeliveredInThreeBatchesToTwoDestinationsReleasesItsPointsBatchByBatchForTheBuyerToSee()
            throws Exception {
        String order = "E2E-B2B-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime placed = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusDays(6);
        HttpResponse<String> placedOrder = post(DESK, "/api/v1/orders", """
                {"externalId":"%s","customer":{"phone":"+79990000011"},"channel":"B2B","region":"SPB",
                 "placedAt":"%s","lines":[{"lineId":"1","sku":"PAPER-A4","name":"Бумага А4, коробка","quantity":100,
                 "unitPrice":500.00}],"payments":[{"method":"CARD","amount":50000.00}]}""".formatted(order, placed));
        assertThat(placedOrder.statusCode()).as(placedOrder.body()).isEqualTo(201);
        Matcher accrued = Pattern.compile("\"pointsToAccrue\":(\\d+)").matcher(placedOrder.body());
        assertThat(accrued.find()).isTrue();
        long points = Long.parseLong(accrued.group(1));
        assertThat(points).as("1.5 %% of 50 000 ₽ unless the month's cap cuts it").isPositive();
        ship(order, "S1", NEVSKY, 40, placed.plusDays(1));
        ship(order, "S2", KUPCHINO, 35, placed.plusDays(1));
        ship(order, "S3", NEVSKY, 25, placed.plusDays(2));

        BusinessOrdersPage list = BusinessOrdersPage.openFrom(
                BusinessPage.signIn(browser.driver(), portal.baseUrl(), "+79990000011", PASSWORD), browser.driver());
        assertThat(list.orderNumbers()).contains(order);
        assertThat(list.pointsState(order)).isEqualTo("Ждут получения заказа");
        BusinessOrderPage page = list.open(order);
        assertThat(page.destinations()).containsExactly(NEVSKY, KUPCHINO);
        assertThat(page.batches(NEVSKY)).containsExactly("S1", "S3");
        assertThat(page.lineProgress("1")).containsExactly(100, 100, 0, 0);
        assertThat(page.releasedPoints()).isZero();
        assertThat(page.pendingPoints()).isEqualTo(points);

        deliverAndSettle(order, "S1", placed.plusDays(3));
        page = page.reload();
        long afterFirst = page.releasedPoints();
        assertThat(afterFirst).isPositive().isLessThan(points);
        assertThat(page.settledBatches(NEVSKY)).containsExactly("S1");
        assertThat(page.settledBatches(KUPCHINO)).isEmpty();

        deliverAndSettle(order, "S2", placed.plusDays(4));
        page = page.reload();
        long afterSecond = page.releasedPoints();
        assertThat(afterSecond).isGreaterThan(afterFirst).isLessThan(points);
        assertThat(page.settledBatches(KUPCHINO)).containsExactly("S2");
        assertThat(page.lineProgress("1")).containsExactly(100, 100, 75, 0);

        deliverAndSettle(order, "S3", placed.plusDays(5));
        page = page.reload();
        assertThat(page.releasedPoints()).isEqualTo(points);
        assertThat(page.pendingPoints()).isZero();
        assertThat(page.releasedBar()).containsExactly(points, points);
        assertThat(page.settledBatches(NEVSKY)).containsExactly("S1", "S3");
        assertThat(browser.screenshot("business-order-delivered-375", 375)).exists();
    }

    private void ship(String order, String shipment, String destination, int quantity, OffsetDateTime at)
            throws Exception {
        assertThat(post(DESK, "/api/v1/orders/" + order + "/shipments", """
                {"shipmentId":"%s","destination":"%s","lines":[{"lineId":"1","quantity":%d}],"at":"%s"}"""
                .formatted(shipment, destination, quantity, at)).statusCode()).isEqualTo(201);
    }

    /** Delivers the batch, then runs the settlement over the operator API for that day and waits for it to finish. */
    private void deliverAndSettle(String order, String shipment, OffsetDateTime at) throws Exception {
        assertThat(post(DESK, "/api/v1/orders/" + order + "/shipments/" + shipment + "/delivered",
                "{\"at\":\"%s\"}".formatted(at)).statusCode()).isEqualTo(200);
        LocalDate asOf = at.toLocalDate();
        HttpResponse<String> started = post(OPERATOR, "/api/v1/admin/jobs/settlement/runs",
                "{\"asOf\":\"%s\"}".formatted(asOf));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher runId = Pattern.compile("\"runId\"\\s*:\\s*\"?([^\",}]+)").matcher(started.body());
        assertThat(runId.find()).as(started.body()).isTrue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = get(OPERATOR, "/api/v1/admin/jobs/settlement/runs/" + runId.group(1)).body();
            if (status.contains("\"COMPLETED\"") || status.contains("\"FAILED\"")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status).contains("\"status\":\"COMPLETED\"");
    }

    private HttpResponse<String> post(String key, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String key, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
                .header("Authorization", "Bearer " + key).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
