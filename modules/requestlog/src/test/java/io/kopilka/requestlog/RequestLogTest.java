package io.kopilka.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.embedded.TestDatabaseFolder;
import io.kopilka.requestlog.RequestLogQuery.StatusClass;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = RequestLogTestApplication.class)
class RequestLogTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();

    @Autowired
    RequestLog requestLog;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static ApiCall call(LocalDateTime at, String network, @Nullable String order, @Nullable Long customer,
                                int status, String body) {
        return new ApiCall(at, "Integration of " + network, network, "POST", "/api/v1/orders", order, customer, status,
                42, body, "{\"ok\":true}");
    }

    private static RequestLogQuery byNetwork(String network) {
        return new RequestLogQuery(null, null, network, null, null, null, null, 50);
    }

    @Test
    void aRecordedCallIsFoundWithEverythingItWasRecordedWith() {
        String network = unique("n");
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).withNano(123_456_000);

        requestLog.record(new ApiCall(at, "Gadgets shops", network, "GET", "/api/v1/customers?phone=+7*********01",
                null, 77L, 404, 15, null, "{\"status\":404}"));
        requestLog.flush();

        assertThat(requestLog.search(byNetwork(network)).calls()).singleElement().satisfies(call -> {
            assertThat(call.receivedAt()).isEqualTo(at);
            assertThat(call.integration()).isEqualTo("Gadgets shops");
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.path()).isEqualTo("/api/v1/customers?phone=+7*********01");
            assertThat(call.customerId()).isEqualTo(77L);
            assertThat(call.status()).isEqualTo(404);
            assertThat(call.durationMs()).isEqualTo(15);
            assertThat(call.requestBody()).isNull();
            assertThat(call.responseBody()).isEqualTo("{\"status\":404}");
        });
    }

    @Test
    void callsAreFilteredByPeriodOrderCustomerAndStatusClass() {
        String network = unique("f");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        requestLog.record(call(now.minusHours(3), network, "A-1", 1L, 201, "old"));
        requestLog.record(call(now.minusMinutes(5), network, "A-1", 2L, 400, "refused"));
        requestLog.record(call(now.minusMinutes(4), network, "B-2", 2L, 503, "failed"));
        requestLog.record(call(now.minusMinutes(3), network, "B-2", null, 200, "fine"));
        requestLog.flush();

        assertThat(bodies(new RequestLogQuery(now.minusHours(1), null, network, null, null, null, null, 50)))
                .containsExactly("fine", "failed", "refused");
        assertThat(bodies(new RequestLogQuery(null, now.minusMinutes(4), network, null, null, null, null, 50)))
                .containsExactly("refused", "old");
        assertThat(bodies(new RequestLogQuery(null, null, network, "A-1", null, null, null, 50)))
                .containsExactly("refused", "old");
        assertThat(bodies(new RequestLogQuery(null, null, network, null, 2L, null, null, 50)))
                .containsExactly("failed", "refused");
        assertThat(bodies(new RequestLogQuery(null, null, network, null, null, StatusClass.SUCCESS, null, 50)))
                .containsExactly("fine", "old");
        assertThat(bodies(new RequestLogQuery(null, null, network, null, null, StatusClass.CLIENT_ERROR, null, 50)))
                .containsExactly("refused");
        assertThat(bodies(new RequestLogQuery(null, null, network, "B-2", null, StatusClass.SERVER_ERROR, null, 50)))
                .containsExactly("failed");
    }

    @Test
    void pagesWalkEveryCallOnceNewestFirst() {
        String network = unique("p");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 25; i++) {
            requestLog.record(call(now, network, null, null, 200, "call " + i));
        }
        requestLog.flush();

        List<LoggedCall> seen = new ArrayList<>();
        RequestLogQuery query = new RequestLogQuery(null, null, network, null, null, null, null, 10);
        LoggedCallPage page = requestLog.search(query);
        seen.addAll(page.calls());
        while (page.nextAfter() != null) {
            page = requestLog.search(query.after(page.nextAfter()));
            seen.addAll(page.calls());
        }

        assertThat(seen).hasSize(25).extracting(LoggedCall::requestBody).doesNotHaveDuplicates();
        assertThat(seen).extracting(LoggedCall::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(seen.get(0).requestBody()).isEqualTo("call 24");
    }

    @Test
    void bodiesAreCutAtSixteenKilobytes() {
        String network = unique("c");
        requestLog.record(call(LocalDateTime.now(ZoneOffset.UTC), network, null, null, 200, "щ".repeat(40_000)));
        requestLog.flush();

        assertThat(requestLog.search(byNetwork(network)).calls().get(0).requestBody())
                .hasSize(RequestLog.MAX_BODY_CHARS);
    }

    @Test
    void purgeDeletesOnlyCallsReceivedBeforeTheCutoff() {
        String network = unique("r");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        requestLog.record(call(now.minusDays(31), network, null, null, 200, "old"));
        requestLog.record(call(now.minusDays(30).minusMinutes(1), network, null, null, 200, "just old"));
        requestLog.record(call(now.minusDays(29), network, null, null, 200, "kept"));
        requestLog.record(call(now, network, null, null, 200, "new"));
        requestLog.flush();

        assertThat(requestLog.purgeOlderThan(now.minusDays(30))).isGreaterThanOrEqualTo(2);

        assertThat(bodies(byNetwork(network))).containsExactly("new", "kept");
    }

    private List<String> bodies(RequestLogQuery query) {
        return requestLog.search(query).calls().stream().map(LoggedCall::requestBody).toList();
    }
}
