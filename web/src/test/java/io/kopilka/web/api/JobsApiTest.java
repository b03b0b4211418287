package io.kopilka.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobsApiTest extends PortalIntegrationTest {

    @Autowired
    Customers customers;
    @Autowired
    Ledger ledger;
    @Autowired
    AuditLog audit;

    private HttpResponse<String> post(String key, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long runId(String json) {
        Matcher m = Pattern.compile("\"runId\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String awaitEnd(long runId) throws Exception {
        for (int i = 0; i < 200; i++) {
            String body = apiGet("/api/v1/admin/jobs/settlement/runs/" + runId, "demo-operator-key").body();
            if (!body.contains("\"status\":\"STARTED\"")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The run did not end");
    }

    @Test
    void settlementForABusinessDateMakesDeliveredPointsAvailableOnceOnly() throws Exception {
        Customer customer = customers.register(NewCustomer.withPhone("+79267770001"));
        long id = customer.customerId().value();
        post("demo-home-key", "/api/v1/orders", """
                {"externalId":"JOB-1","customer":{"customerId":%d},"channel":"WEB","region":"OTHER",
                 "placedAt":"2025-05-02T10:00:00Z","lines":[{"lineId":"1","sku":"K","quantity":1,"unitPrice":8000}]}"""
                .formatted(id));
        post("demo-home-key", "/api/v1/orders/JOB-1/status", "{\"status\":\"DELIVERED\",\"at\":\"2025-05-04T10:00:00Z\"}");

        HttpResponse<String> early = post("demo-operator-key", "/api/v1/admin/jobs/settlement/runs", "{\"asOf\":\"2025-05-03\"}");
        assertThat(early.statusCode()).isEqualTo(202);
        assertThat(awaitEnd(runId(early.body()))).contains("\"status\":\"COMPLETED\"");
        assertThat(ledger.balances(id, LocalDateTime.now()).pending()).isEqualTo(120);

        HttpResponse<String> started = post("demo-operator-key", "/api/v1/admin/jobs/settlement/runs", "{\"asOf\":\"2025-05-04\"}");
        String ended = awaitEnd(runId(started.body()));
        assertThat(ended).contains("\"status\":\"COMPLETED\"", "\"asOf\":\"2025-05-04\"");
        assertThat(ledger.balances(id, LocalDateTime.now()).available()).isEqualTo(120);

        HttpResponse<String> again = post("demo-operator-key", "/api/v1/admin/jobs/settlement/runs", "{\"asOf\":\"2025-05-04\"}");
        assertThat(runId(again.body())).isEqualTo(runId(started.body()));
        assertThat(audit.search(new AuditQuery(null, "job.started", null, null, null, 50))).anySatisfy(entry -> {
            assertThat(entry.actor()).startsWith("api-key ");
            assertThat(entry.subject()).isEqualTo("job settlement 2025-05-04");
            assertThat(entry.after()).isEqualTo("run " + runId(started.body()));
        });
        assertThat(ledger.balances(id, LocalDateTime.now()).available()).isEqualTo(120);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void anUnknownJobOrAMissingDateIsAProblemAndAnOrdersKeyMayNotStartJobs() throws Exception {
        assertThat(post("demo-operator-key", "/api/v1/admin/jobs/nope/runs", "{\"asOf\":\"2025-05-04\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> noDate = post("demo-operator-key", "/api/v1/admin/jobs/settlement/runs", "{}");
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains("\"field\":\"asOf\"");
        assertThat(post("demo-operator-key", "/api/v1/admin/jobs/settlement/runs", "{\"asOf\":\"yesterday\"}").statusCode()).isEqualTo(400);
        assertThat(post("demo-gadgets-key", "/api/v1/admin/jobs/settlement/runs", "{\"asOf\":\"2025-05-04\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aRunThatNeverWasIsNotFoundRatherThanAFailure() {
        HttpResponse<String> missing = apiGet("/api/v1/admin/jobs/settlement/runs/987654321987", "demo-operator-key");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
