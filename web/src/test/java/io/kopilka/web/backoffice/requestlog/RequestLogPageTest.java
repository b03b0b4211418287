package io.kopilka.web.backoffice.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.requestlog.ApiCall;
import io.kopilka.requestlog.LoggedCall;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.requestlog.RequestLogQuery;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RequestLogPageTest extends PortalIntegrationTest {

    @Autowired
    RequestLog requestLog;

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    private static ApiCall call(LocalDateTime at, String order, Long customer, int status, String requestBody) {
        return new ApiCall(at, "Gadgets shops", "gadgets", "POST", "/api/v1/orders/" + order + "/payments", order,
                customer, status, 37, requestBody, "{\"status\":" + status + "}");
    }

    @Test
    void supportSeesCallsNewestFirstWithTheirBodiesAndFiltersByOrderCustomerAndStatus() {
        String order = unique("RL");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        requestLog.record(call(now.minusMinutes(2), order, 9001L, 201, "{\"note\":\"first call\"}"));
        requestLog.record(call(now.minusMinutes(1), order, 9002L, 422, "{\"note\":\"second call\"}"));
        requestLog.flush();

        for (String login : List.of("consultant", "admin")) {
            String page = signedIn(login).get("/backoffice/request-log?order=" + order).body();
            assertThat(page).as(login).contains("id=\"requestlog\"", "Gadgets shops", "<details>",
                    "POST /api/v1/orders/" + order + "/payments", "second call", "first call");
            assertThat(page.indexOf("second call")).as("newest first").isLessThan(page.indexOf("first call"));
        }
        BrowserSession consultant = signedIn("consultant");
        assertThat(consultant.get("/backoffice/request-log?order=" + order + "&status=4xx").body())
                .contains("second call").doesNotContain("first call");
        assertThat(consultant.get("/backoffice/request-log?order=" + order + "&status=2xx&network=gadgets").body())
                .contains("first call").doesNotContain("second call");
        assertThat(consultant.get("/backoffice/request-log?order=" + order + "&customer=9002").body())
                .contains("second call").doesNotContain("first call");
        assertThat(consultant.get("/backoffice/request-log?order=" + order + "&network=home").body())
                .contains("id=\"requestlog-empty\"");
        String period = "&from=" + now.minusSeconds(90).withNano(0) + "&to=" + now.withNano(0).plusMinutes(1);
        assertThat(consultant.get("/backoffice/request-log?order=" + order + period).body())
                .contains("second call").doesNotContain("first call");
    }

    @Test
    void anApiCallAppearsOnThePageWithItsPersonalDataMasked() throws Exception {
        String phone = "+7913" + String.format("%07d", System.nanoTime() % 10_000_000);
        var created = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/customers")))
                .header("Authorization", "Bearer demo-gadgets-key").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        requestLog.flush();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"customerId\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();

        String page = signedIn("consultant").get("/backoffice/request-log?customer=" + id.group(1)).body();

        assertThat(page).contains("POST /api/v1/customers", "201", "+7********" + phone.substring(phone.length() - 2))
                .doesNotContain(phone, phone.substring(1));
    }

    @Test
    void moreCallsLoadWithHtmxAfterTheFirstFifty() {
        String order = unique("PG");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 55; i++) {
            requestLog.record(call(now, order, null, 200, "{\"n\":\"item " + i + "\"}"));
        }
        requestLog.flush();
        BrowserSession consultant = signedIn("consultant");

        String first = consultant.get("/backoffice/request-log?order=" + order).body();
        assertThat(first).contains("item 54", "id=\"requestlog-more\"").doesNotContain("item 4&quot;");
        long after = requestLog.search(new RequestLogQuery(null, null, null, order, null, null, null, 50)).nextAfter();

        String more = consultant.get("/backoffice/request-log?order=" + order + "&after=" + after, "HX-Request", "true").body();
        assertThat(more).contains("item 4", "item 0").doesNotContain("item 54", "<html", "id=\"requestlog-more\"");
    }

    @Test
    void anUnreadableCustomerIdIsSaidAndListsNothing() {
        String page = signedIn("consultant").get("/backoffice/request-log?customer=abc").body();

        assertThat(page).contains("Id клиента — это число.", "id=\"requestlog-empty\"");
    }

    @Test
    void customersMarketersAndFinanceCannotReadTheLog() {
        for (String login : List.of("+79990000001", "marketer", "finance")) {
            BrowserSession session = signedIn(login);
            assertThat(session.get("/backoffice/request-log").statusCode()).as(login).isEqualTo(403);
            assertThat(session.get("/backoffice/request-log?after=1", "HX-Request", "true").statusCode()).as(login)
                    .isEqualTo(403);
        }
        assertThat(signedIn("marketer").get("/backoffice").body()).doesNotContain("/backoffice/request-log");
        assertThat(signedIn("consultant").get("/backoffice").body()).contains("/backoffice/request-log");
    }

    @Test
    void thePurgeRemovesOnlyCallsOlderThanTheRetention() {
        String order = unique("RT");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        requestLog.record(call(now.minusDays(45), order, null, 200, "{\"n\":\"ancient\"}"));
        requestLog.record(call(now.minusDays(29), order, null, 200, "{\"n\":\"recent\"}"));
        requestLog.flush();

        requestLog.purgeOlderThan(now.minusDays(30));

        assertThat(requestLog.search(new RequestLogQuery(null, null, null, order, null, null, null, 10)).calls())
                .extracting(LoggedCall::requestBody).containsExactly("{\"n\":\"recent\"}");
    }
}
