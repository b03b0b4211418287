package io.kopilka.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.Orders;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrdersApiTest extends PortalIntegrationTest {

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    Customers customers;
    @Autowired
    Orders orders;
    @Autowired
    Ledger ledger;

    private HttpResponse<String> post(String key, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Customer newCustomer() {
        return customers.register(NewCustomer.withPhone("+7926" + String.format("%07d", 5_000_000 + PHONES.incrementAndGet())));
    }

    private static String newId() {
        return "API-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static String order(String id, long customerId, String region, String lines, String payments) {
        return """
                {"externalId":"%s","customer":{"customerId":%d},"channel":"POS","region":"%s","store":"Тверская 1",
                 "placedAt":"2026-03-10T12:00:00+03:00","lines":[%s],"payments":[%s]}""".formatted(id, customerId,
                region, lines, payments);
    }

    private static String line(String id, int quantity, String price) {
        return "{\"lineId\":\"%s\",\"sku\":\"SKU-%s\",\"name\":\"Смартфон\",\"brand\":\"Acme\",\"quantity\":%d,\"unitPrice\":%s}"
                .formatted(id, id, quantity, price);
    }

    @Test
    void placingAnswers201AndTheSameCallAgain200WithTheSameBody() throws Exception {
        Customer customer = newCustomer();
        String body = order(newId(), customer.customerId().value(), "MSK", line("1", 1, "20000.00"),
                "{\"method\":\"CARD\",\"amount\":20000.00}");

        HttpResponse<String> first = post("demo-gadgets-key", "/api/v1/orders", body);
        HttpResponse<String> again = post("demo-gadgets-key", "/api/v1/orders", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"status\":\"PLACED\"", "\"pointsToAccrue\":300", "\"code\":\"TIER_CASHBACK\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(ledger.balances(customer.customerId().value(), LocalDateTime.now()).pending()).isEqualTo(300);

        HttpResponse<String> other = post("demo-gadgets-key", "/api/v1/orders", body.replace("20000.00", "21000.00"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ledger.balances(customer.customerId().value(), LocalDateTime.now()).pending()).isEqualTo(300);
    }

    @Test
    void theBalanceSaysHowMuchMoreToBuyForTheNextTier() throws Exception {
        Customer customer = newCustomer();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "T10:00:00Z";
        post("demo-gadgets-key", "/api/v1/orders", order(newId(), customer.customerId().value(), "MSK",
                line("1", 1, "12400.00"), "").replace("2026-03-10T12:00:00+03:00", today));

        String balance = apiGet("/api/v1/customers/" + customer.customerId().value() + "/balance", "demo-gadgets-key").body();

        assertThat(balance).contains("\"nextTier\":{\"code\":\"SILVER\"", "\"remaining\":37600.00");
    }

    @Test
    void calculateExplainsInTheRequestedLanguageAndChangesNothing() throws Exception {
        Customer customer = newCustomer();
        String id = newId();
        String body = order(id, customer.customerId().value(), "MSK", line("1", 1, "9999.99"), "");

        HttpResponse<String> russian = post("demo-gadgets-key", "/api/v1/orders/calculate", body);
        HttpResponse<String> english = post("demo-gadgets-key", "/api/v1/orders/calculate", body, "Accept-Language", "en");

        assertThat(russian.statusCode()).isEqualTo(200);
        assertThat(russian.body()).contains("\"pointsToAccrue\":0", "\"code\":\"BELOW_REGION_MINIMUM\"", "меньше минимальной");
        assertThat(english.body()).contains("\"code\":\"BELOW_REGION_MINIMUM\"").doesNotContain("меньше минимальной");
        assertThat(orders.find("gadgets", id)).isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndCreatesNothing() throws Exception {
        Customer customer = newCustomer();
        String id = newId();
        String[] bodies = {
                "{}",
                "not json",
                "{\"externalId\":\"%s\",\"channel\":\"POS\",\"region\":\"MSK\",\"placedAt\":\"2026-03-10T12:00:00Z\",\"lines\":[{\"lineId\":\"1\",\"sku\":\"A\",\"quantity\":\"many\",\"unitPrice\":1}]}".formatted(id),
                order(id, customer.customerId().value(), "MARS", line("1", 1, "100.00"), ""),
                order(id, customer.customerId().value(), "MSK", line("1", 1, "-100.00"), ""),
                order(id, customer.customerId().value(), "MSK", line("1", 1, "1e15"), ""),
                order(id, customer.customerId().value(), "MSK", line("1", 1, "100.00") + "," + line("1", 1, "5.00"), ""),
                order("x".repeat(65), customer.customerId().value(), "MSK", line("1", 1, "100.00"), ""),
                order(id, customer.customerId().value(), "MSK", line("1", 1, "100.00"), "{\"method\":\"BITCOIN\",\"amount\":1}"),
                order(id, customer.customerId().value(), "MSK", line("1", 0, "100.00"), ""),
                order(id, 1, "MSK", line("1", 1, "100.00"), ""),
        };
        String[] fields = {"externalId", null, "lines[0].quantity", "region", "lines[0].unitPrice",
                "lines[0].unitPrice", "lines[1].lineId", "externalId", "payments[0].method", "lines[0].quantity",
                "customer.customerId"};
        for (int i = 0; i < bodies.length; i++) {
            HttpResponse<String> response = post("demo-gadgets-key", "/api/v1/orders", bodies[i]);
            assertThat(response.statusCode()).as(bodies[i]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            if (fields[i] != null) {
                assertThat(response.body()).as(bodies[i]).contains("\"field\":\"" + fields[i] + "\"");
            }
        }
        assertThat(orders.find("gadgets", id)).isEmpty();
        assertThat(orders.ordersOfCustomer(customer.customerId().value(), 10)).isEmpty();
    }

    @Test
    void everyOrderCallRefusesBadInputWithAProblemAndChangesNothing() throws Exception {
        Customer customer = newCustomer();
        String id = newId();
        String key = "demo-gadgets-key";
        post(key, "/api/v1/orders", order(id, customer.customerId().value(), "SPB", line("1", 4, "2500.00"), ""));
        String before = apiGet("/api/v1/orders/" + id, key).body();
        String base = "/api/v1/orders/" + id;
        String[][] calls = {
                {base + "/status", "{\"status\":\"SHIPPED\",\"at\":\"2026-03-11T10:00:00Z\"}", "status"},
                {base + "/status", "{\"status\":\"PAID\"}", "at"},
                {base + "/status", "{\"status\":\"PAID\",\"at\":\"someday\"}", "at"},
                {base + "/returns", "{\"returnId\":\"R1\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[]}", "lines"},
                {base + "/returns", "{\"returnId\":\"R1\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[{\"lineId\":\"1\",\"quantity\":-1}]}", "lines[0].quantity"},
                {base + "/returns", "{\"returnId\":\"R1\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[{\"lineId\":\"9\",\"quantity\":1}]}", "lines[0].lineId"},
                {base + "/returns", "{\"returnId\":\"%s\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[{\"lineId\":\"1\",\"quantity\":1}]}".formatted("r".repeat(65)), "returnId"},
                {base + "/shipments", "{\"shipmentId\":\"S1\",\"destination\":\"%s\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[{\"lineId\":\"1\",\"quantity\":1}]}".formatted("d".repeat(201)), "destination"},
                {base + "/shipments", "{\"shipmentId\":\"S1\",\"destination\":\"A\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[{\"lineId\":\"1\",\"quantity\":99999999999}]}", "lines[0].quantity"},
                {base + "/shipments/S1/delivered", "{}", "at"},
                {base + "/revisions", "{\"revisionId\":\"V1\",\"reason\":\"x\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[%s,%s]}".formatted(line("1", 1, "1.00"), line("1", 1, "2.00")), "lines[1].lineId"},
                {base + "/revisions", "{\"revisionId\":\"V1\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[%s]}".formatted(line("1", 1, "1.00")), "reason"},
        };
        for (String[] call : calls) {
            HttpResponse<String> response = post(key, call[0], call[1]);
            assertThat(response.statusCode()).as(call[1]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(response.body()).as(call[1]).contains("\"field\":\"" + call[2] + "\"");
        }
        assertThat(apiGet("/api/v1/orders/" + id, key).body()).isEqualTo(before);
        assertThat(post(key, "/api/v1/orders/NO-SUCH/returns", calls[4][1]).statusCode()).isEqualTo(404);
    }

    @Test
    void aKeyOfAnotherNetworkNeitherSeesNorChangesTheOrder() throws Exception {
        Customer customer = newCustomer();
        String id = newId();
        post("demo-gadgets-key", "/api/v1/orders", order(id, customer.customerId().value(), "MSK", line("1", 1, "20000.00"), ""));

        assertThat(apiGet("/api/v1/orders/" + id, "demo-home-key").statusCode()).isEqualTo(404);
        HttpResponse<String> cancel = post("demo-home-key", "/api/v1/orders/" + id + "/status",
                "{\"status\":\"CANCELLED\",\"at\":\"2026-03-10T13:00:00Z\"}");
        assertThat(cancel.statusCode()).isEqualTo(404);
        assertThat(apiGet("/api/v1/orders/" + id, "demo-gadgets-key").body()).contains("\"status\":\"PLACED\"");
        assertThat(post("demo-operator-key", "/api/v1/orders", "{}").statusCode()).isEqualTo(403);
        assertThat(post("no-such-key", "/api/v1/orders", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void theLifecycleThroughTheApiWithRepeatsAnsweringTheFirstResult() throws Exception {
        Customer customer = newCustomer();
        String id = newId();
        String key = "demo-gadgets-key";
        post(key, "/api/v1/orders", order(id, customer.customerId().value(), "SPB", line("1", 4, "2500.00"), ""));

        String returnBody = "{\"returnId\":\"R1\",\"lines\":[{\"lineId\":\"1\",\"quantity\":1}],\"at\":\"2026-03-12T10:00:00Z\"}";
        HttpResponse<String> returned = post(key, "/api/v1/orders/" + id + "/returns", returnBody);
        HttpResponse<String> returnedAgain = post(key, "/api/v1/orders/" + id + "/returns", returnBody);
        assertThat(returned.statusCode()).isEqualTo(201);
        assertThat(returned.body()).contains("\"pointsTakenBack\":37");
        assertThat(returnedAgain.statusCode()).isEqualTo(200);
        assertThat(returnedAgain.body()).isEqualTo(returned.body());
        assertThat(post(key, "/api/v1/orders/" + id + "/returns", returnBody.replace("\"quantity\":1", "\"quantity\":2"))
                .statusCode()).isEqualTo(409);
        assertThat(post(key, "/api/v1/orders/" + id + "/returns",
                "{\"returnId\":\"R2\",\"lines\":[{\"lineId\":\"1\",\"quantity\":9}],\"at\":\"2026-03-12T10:00:00Z\"}")
                .statusCode()).isEqualTo(400);

        HttpResponse<String> delivered = post(key, "/api/v1/orders/" + id + "/status",
                "{\"status\":\"DELIVERED\",\"at\":\"2026-03-11T10:00:00Z\"}");
        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(delivered.body()).contains("\"pointsDue\":113");
        orders.settleDue(LocalDateTime.of(2026, 3, 11, 23, 0));

        HttpResponse<String> view = apiGet("/api/v1/orders/" + id, key);
        assertThat(view.body()).contains("\"status\":\"DELIVERED\"", "\"pointsAccrued\":113", "\"pointsSettled\":113",
                "\"returned\":1", "\"pointsState\":\"AVAILABLE\"");
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void aServiceCentreRevisionThroughTheApi() throws Exception {
        Customer customer = newCustomer();
        String id = newId();
        String key = "demo-service-key";
        post(key, "/api/v1/orders", order(id, customer.customerId().value(), "OTHER", line("diag", 1, "5000.00"), "")
                .replace("\"POS\"", "\"SERVICE_CENTRE\""));
        String revision = "{\"revisionId\":\"V1\",\"reason\":\"diagnosis\",\"at\":\"2026-03-11T10:00:00Z\",\"lines\":[%s]}"
                .formatted(line("screen", 1, "9000.00"));

        HttpResponse<String> revised = post(key, "/api/v1/orders/" + id + "/revisions", revision);
        assertThat(revised.statusCode()).isEqualTo(201);
        assertThat(revised.body()).contains("\"cashbackDifference\":60");
        assertThat(post(key, "/api/v1/orders/" + id + "/revisions", revision).body()).isEqualTo(revised.body());
        assertThat(apiGet("/api/v1/orders/" + id, key).body()).contains("\"revisionId\":\"V1\"", "\"pointsAccrued\":135");
    }
}
