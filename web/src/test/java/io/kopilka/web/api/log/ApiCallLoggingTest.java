package io.kopilka.web.api.log;

import static io.kopilka.db.Tables.API_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customers;
import io.kopilka.requestlog.LoggedCall;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.requestlog.RequestLogQuery;
import io.kopilka.requestlog.RequestLogQuery.StatusClass;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiCallLoggingTest extends PortalIntegrationTest {

    private static final String KEY = "demo-gadgets-key";

    @Autowired
    RequestLog requestLog;
    @Autowired
    Customers customers;
    @Autowired
    DSLContext db;

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String randomPhone() {
        return "+7912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static long customerId(String json) {
        Matcher matcher = Pattern.compile("\"customerId\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as("customerId in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Every value of the stored row, as one text. */
    private String storedRow(long id) {
        return Arrays.stream(db.selectFrom(API_CALL).where(API_CALL.ID.eq(id)).fetchSingle().intoArray())
                .filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining("\n"));
    }

    private LoggedCall onlyCallOf(long customerId) {
        requestLog.flush();
        var calls = requestLog.search(new RequestLogQuery(null, null, null, null, customerId, null, null, 10)).calls();
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    @Test
    void aRegistrationIsLoggedWithItsIntegrationStatusAndDurationAndNoFullPhoneOrEmailAnywhere() throws Exception {
        String phone = randomPhone();
        String email = "olga." + System.nanoTime() + "@example.com";

        HttpResponse<String> created = post("/api/v1/customers",
                "{\"phone\":\"" + phone + "\",\"email\":\"" + email + "\",\"firstName\":\"Ольга\",\"lastName\":\"Логова\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = customerId(created.body());
        String card = customers.find(new io.kopilka.customers.CustomerId(id)).orElseThrow().cardNumber();

        LoggedCall call = onlyCallOf(id);
        assertThat(call.integration()).isEqualTo("Gadgets shops");
        assertThat(call.network()).isEqualTo("gadgets");
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/api/v1/customers");
        assertThat(call.status()).isEqualTo(201);
        assertThat(call.durationMs()).isBetween(0L, 60_000L);
        String maskedPhone = "+7********" + phone.substring(phone.length() - 2);
        assertThat(call.requestBody()).contains("\"phone\":\"" + maskedPhone + "\"", "\"email\":\"o***@example.com\"",
                "\"firstName\":\"О***\"", "\"lastName\":\"Л***\"");
        assertThat(call.responseBody()).contains("\"customerId\":" + id, "\"phone\":\"" + maskedPhone + "\"",
                "\"cardNumber\":\"" + "*".repeat(card.length() - 4) + card.substring(card.length() - 4) + "\"");
        assertThat(storedRow(call.id())).doesNotContain(phone, phone.substring(1), phone.substring(2), email, "Ольга",
                "Логова", card);
    }

    @Test
    void aRefusedRegistrationIsLoggedWithTheProblemItGotAndItsDataMasked() throws Exception {
        String email = "broken-" + System.nanoTime();

        HttpResponse<String> refused = post("/api/v1/customers", "{\"phone\":\"12\",\"email\":\"" + email + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        requestLog.flush();

        LoggedCall call = requestLog.search(new RequestLogQuery(null, null, "gadgets", null, null,
                StatusClass.CLIENT_ERROR, null, 1)).calls().get(0);
        assertThat(call.status()).isEqualTo(400);
        assertThat(call.path()).isEqualTo("/api/v1/customers");
        assertThat(call.requestBody()).contains("\"phone\":\"**\"");
        assertThat(call.responseBody()).contains("\"errors\"", "\"field\":\"email\"");
        assertThat(storedRow(call.id())).doesNotContain(email);
    }

    @Test
    void aLookupByPhoneKeepsTheCustomerAndMasksTheQueryString() {
        var vera = customers.findByPhone("+79990000003").orElseThrow();
        long before = requestLog.search(new RequestLogQuery(null, null, null, null, vera.customerId().value(), null,
                null, 500)).calls().size();

        assertThat(apiGet("/api/v1/customers?phone=%2B79990000003", KEY).statusCode()).isEqualTo(200);
        assertThat(apiGet("/api/v1/customers/" + vera.customerId().value() + "/balance", KEY).statusCode()).isEqualTo(200);
        requestLog.flush();

        var calls = requestLog.search(new RequestLogQuery(null, null, null, null, vera.customerId().value(), null,
                null, 500)).calls();
        assertThat(calls).hasSize((int) before + 2);
        assertThat(calls.get(0).path()).isEqualTo("/api/v1/customers/" + vera.customerId().value() + "/balance");
        assertThat(calls.get(1).path()).isEqualTo("/api/v1/customers?phone=+7********03");
        assertThat(storedRow(calls.get(1).id())).doesNotContain("79990000003", vera.email(), vera.cardNumber());
    }

    @Test
    void aCallWithAnUnknownKeyIsLoggedWithoutAnIntegration() throws Exception {
        String path = "/api/v1/integration";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer not-a-key-" + System.nanoTime()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        requestLog.flush();

        LoggedCall call = requestLog.search(RequestLogQuery.newest(1)).calls().get(0);
        assertThat(call.path()).isEqualTo(path);
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.integration()).isNull();
        assertThat(call.responseBody()).contains("\"status\":401");
    }
}
