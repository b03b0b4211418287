package io.kopilka.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.CustomerId;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomersApiTest extends PortalIntegrationTest {

    private static final String KEY = "demo-gadgets-key";

    @Autowired
    Customers customers;
    @Autowired
    Ledger ledger;

    private HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void registersACustomerWithACardAndTheLowestTier() throws Exception {
        HttpResponse<String> created = post("/api/v1/customers",
                "{\"phone\":\"8 (912) 345-67-01\",\"email\":\"Olga@Example.com\",\"firstName\":\"Ольга\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"phone\":\"+79123456701\"", "\"email\":\"olga@example.com\"",
                "\"tier\":{\"code\":\"START\"", "\"cardNumber\":\"");
        long id = number(created.body(), "customerId");
        assertThat(customers.find(new CustomerId(id))).isPresent();
    }

    @Test
    void aPhoneAlreadyRegisteredIsAConflictNamingTheExistingCustomer() throws Exception {
        long anna = customers.findByPhone("+79990000001").orElseThrow().customerId().value();

        HttpResponse<String> again = post("/api/v1/customers", "{\"phone\":\"+7 999 000 00 01\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(number(again.body(), "customerId")).isEqualTo(anna);
    }

    @Test
    void invalidFieldsAreListedWithMessagesInTheRequestedLanguageAndNothingIsCreated() throws Exception {
        HttpResponse<String> russian = post("/api/v1/customers",
                "{\"phone\":\"12\",\"email\":\"not-an-email\",\"company\":{\"inn\":\"7707123459\",\"name\":\"X\"}}");
        assertThat(russian.statusCode()).isEqualTo(400);
        assertThat(russian.body()).contains("\"errors\"", "\"field\":\"phone\"", "Телефон не распознан",
                "\"field\":\"email\"", "\"field\":\"company.inn\"", "контрольной суммы");

        HttpResponse<String> english = post("/api/v1/customers", "{\"phone\":\"12\"}", "Accept-Language", "en");
        assertThat(english.body()).contains("The phone is not recognised");
        assertThat(customers.findByEmail("not-an-email")).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        HttpResponse<String> response = post("/api/v1/customers", "{\"phone\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void findsACustomerByPhoneEmailOrCardAndSaysWhenThereIsNone() {
        var vera = customers.findByPhone("+79990000003").orElseThrow();

        assertThat(apiGet("/api/v1/customers?phone=89990000003", KEY).body()).contains("\"lastName\":\"Орлова\"");
        assertThat(apiGet("/api/v1/customers?card=" + vera.cardNumber(), KEY).body())
                .contains("\"customerId\":" + vera.customerId().value());
        assertThat(apiGet("/api/v1/customers?email=" + vera.email(), KEY).statusCode()).isEqualTo(200);
        assertThat(apiGet("/api/v1/customers?phone=%2B79997776655", KEY).statusCode()).isEqualTo(404);
        assertThat(apiGet("/api/v1/customers", KEY).statusCode()).isEqualTo(400);
    }

    @Test
    void balanceMatchesTheLedger() {
        long vera = customers.findByPhone("+79990000003").orElseThrow().customerId().value();
        Balances balances = ledger.balances(vera, LocalDateTime.now(ZoneOffset.UTC).plusDays(30));

        String body = apiGet("/api/v1/customers/" + vera + "/balance", KEY).body();

        assertThat(number(body, "available")).isEqualTo(balances.available());
        assertThat(number(body, "pending")).isEqualTo(balances.pending());
        assertThat(body).contains("\"tier\":{\"code\":\"GOLD\"", "\"expiring\":[{\"points\":1000");
    }

    @Test
    void historyIsNewestFirstWithReasonsInWordsAndPagesWithTheCursor() {
        long anna = customers.findByPhone("+79990000001").orElseThrow().customerId().value();

        String first = apiGet("/api/v1/customers/" + anna + "/history?limit=2", KEY).body();
        assertThat(first).contains("\"reason\":\"Покупка, заказ H-2002\"", "\"orderExternalId\":\"H-2002\"",
                "\"points\":75", "\"nextCursor\":\"");
        Matcher cursor = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(first);
        assertThat(cursor.find()).isTrue();

        String second = apiGet("/api/v1/customers/" + anna + "/history?limit=50&cursor=" + cursor.group(1), KEY).body();
        assertThat(second).doesNotContain("H-2002").contains("G-1001").doesNotContain("nextCursor");
        assertThat(apiGet("/api/v1/customers/" + anna + "/history?limit=500", KEY).statusCode()).isEqualTo(400);
        assertThat(apiGet("/api/v1/customers/" + anna + "/history?cursor=garbage", KEY).statusCode()).isEqualTo(400);
        assertThat(apiGet("/api/v1/customers/123/history", KEY).statusCode()).isEqualTo(404);
    }

    @Test
    void ledgerCheckIsForTheOperatorKey() {
        assertThat(apiGet("/api/v1/admin/ledger/check", "demo-operator-key").body())
                .contains("\"ok\":true", "\"transfersUnbalanced\":0", "\"negativeBalances\":0", "\"balanceMismatches\":0");
        assertThat(apiGet("/api/v1/admin/ledger/check", KEY).statusCode()).isEqualTo(403);
    }

    @Test
    void parametersThatAreNotUtf8AreAProblemNamingTheEncoding() {
        for (String path : new String[] {"/api/v1/customers?phone=%C3", "/api/v1/customers/1/history?limit=%ED%A0%80"}) {
            HttpResponse<String> refused = apiGet(path, "demo-gadgets-key");

            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("UTF-8");
        }
    }
}
