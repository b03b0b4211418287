package io.kopilka.web.backoffice.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.promotions.PromotionResults;
import io.kopilka.promotions.Promotions;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wizard over HTTP as a marketer uses it (type, short form, preview, launch), then an order through the
 * processing API showing the promotion's effect and its explanation; bad input, who may see the pages, results and
 * their CSV, and the cabinet's offers.
 */
class PromotionsWizardTest extends PortalIntegrationTest {

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    Customers customers;
    @Autowired
    Promotions promotions;
    @Autowired
    JsonMapper json;

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String csrf(BrowserSession session) {
        return session.csrfMetaTags("/backoffice/promotions").getValue();
    }

    private static String anHourAgo() {
        return LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private HttpResponse<String> placeOrder(long customerId, String channel, String lines, String payments)
            throws Exception {
        String body = """
                {"externalId":"%s","customer":{"customerId":%d},"channel":"%s","region":"MSK","store":"Тверская 1",
                 "placedAt":"%s","lines":[%s],"payments":[%s]}""".formatted("PR-" + UUID.randomUUID().toString()
                .substring(0, 12), customerId, channel, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), lines,
                payments);
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/orders")))
                .header("Authorization", "Bearer demo-gadgets-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Customer newCustomer() {
        return customers.register(NewCustomer.withPhone("+7927" + String.format("%07d", 3_000_000 + PHONES.incrementAndGet())));
    }

    @Test
    void aMarketerLaunchesAnAppOnlySbpCashbackInAFewStepsAndAnOrderShowsItsEffectAndExplanation() throws Exception {
        BrowserSession marketer = signedIn("marketer");
        assertThat(marketer.get("/backoffice/promotions/new").body()).contains("id=\"type-PAYMENT_CASHBACK\"",
                "id=\"type-BUNDLE\"", "id=\"type-CHALLENGE\"", "id=\"type-GRANT\"");
        assertThat(marketer.get("/backoffice/promotions/new/PAYMENT_CASHBACK").body())
                .contains("name=\"percent\"", "value=\"1\"", "id=\"method-SBP\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "PAYMENT_CASHBACK");
        form.put("name", "СБП в приложении +2");
        form.put("percent", "2");
        form.put("paymentMethods", "SBP");
        form.put("audienceChannels", "APP");
        form.put("startsAt", anHourAgo());
        form.put("action", "preview");
        String preview = marketer.postForm("/backoffice/promotions/new", form, csrf(marketer)).body();
        assertThat(preview).contains("id=\"preview-eligible\"", "id=\"preview-cost\"", "id=\"launch-button\"");

        form.put("action", "launch");
        HttpResponse<String> launched = marketer.postForm("/backoffice/promotions/new", form, csrf(marketer));
        assertThat(launched.statusCode()).isEqualTo(302);
        String page = launched.headers().firstValue("Location").orElseThrow();
        assertThat(marketer.get(page.substring(page.indexOf("/backoffice"))).body())
                .contains("СБП в приложении +2", "id=\"promotion-status\"", "Действует");

        Customer customer = newCustomer();
        HttpResponse<String> order = placeOrder(customer.customerId().value(), "APP",
                "{\"lineId\":\"1\",\"sku\":\"SKU-1\",\"name\":\"Смартфон\",\"quantity\":1,\"unitPrice\":10000.00}",
                "{\"method\":\"SBP\",\"amount\":4000.00},{\"method\":\"CARD\",\"amount\":6000.00}");

        assertThat(order.statusCode()).isEqualTo(201);
        // Tier 150, the demo's standing +1 pp on the 4 000 paid by SBP (40) and this one's +2 pp (80).
        assertThat(order.body()).contains("\"pointsToAccrue\":270", "\"code\":\"PROMOTION_PAYMENT_CASHBACK\"",
                "СБП в приложении +2", "80 баллов", "40 баллов");

        HttpResponse<String> till = placeOrder(customer.customerId().value(), "POS",
                "{\"lineId\":\"1\",\"sku\":\"SKU-1\",\"name\":\"Смартфон\",\"quantity\":1,\"unitPrice\":10000.00}",
                "{\"method\":\"SBP\",\"amount\":4000.00},{\"method\":\"CARD\",\"amount\":6000.00}");
        assertThat(till.body()).contains("\"pointsToAccrue\":190").doesNotContain("СБП в приложении +2");
    }

    @Test
    void badInputComesBackNextToItsFieldsAndCreatesNothing() {
        BrowserSession marketer = signedIn("marketer");
        int before = promotions.list().size();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "CHALLENGE");
        form.put("name", "");
        form.put("targetKind", "SUPPLIER");
        form.put("targetValues", "Поставщик S");
        form.put("thresholdUnits", "пять");
        form.put("points", "300");
        form.put("action", "launch");

        HttpResponse<String> refused = marketer.postForm("/backoffice/promotions/new", form, csrf(marketer));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"thresholdUnits-error\"", "Введите число");
        form.put("thresholdUnits", "5");
        assertThat(marketer.postForm("/backoffice/promotions/new", form, csrf(marketer)).body())
                .contains("id=\"name-error\"", "Укажите название");
        assertThat(promotions.list()).hasSize(before);
    }

    @Test
    void aMarketerEditsPausesAndEndsAPromotionFromTheListAndEachChangeIsAudited() {
        BrowserSession marketer = signedIn("marketer");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "DISCOUNT");
        form.put("name", "Чехлы −10");
        form.put("percent", "10");
        form.put("targetKind", "CATEGORY");
        form.put("targetValues", "cases");
        form.put("action", "draft");
        String location = marketer.postForm("/backoffice/promotions/new", form, csrf(marketer)).headers()
                .firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(promotions.find(id).orElseThrow().status()).hasToString("DRAFT");

        assertThat(marketer.get("/backoffice/promotions/" + id + "/edit").body()).contains("name=\"name\" value=\"Чехлы");
        form.put("percent", "15");
        form.remove("action");
        assertThat(marketer.postForm("/backoffice/promotions/" + id, form, csrf(marketer)).statusCode()).isEqualTo(302);
        assertThat(promotions.find(id).orElseThrow().terms().percent()).isEqualByComparingTo("15");

        marketer.postForm("/backoffice/promotions/" + id + "/launch", Map.of(), csrf(marketer));
        assertThat(marketer.get("/backoffice/promotions").body()).contains("id=\"pause-" + id + "\"");
        marketer.postForm("/backoffice/promotions/" + id + "/pause", Map.of(), csrf(marketer));
        assertThat(promotions.find(id).orElseThrow().status()).hasToString("PAUSED");
        marketer.postForm("/backoffice/promotions/" + id + "/end", Map.of(), csrf(marketer));
        assertThat(promotions.find(id).orElseThrow().status()).hasToString("ENDED");
        HttpResponse<String> again = marketer.postForm("/backoffice/promotions/" + id + "/pause", Map.of(),
                csrf(marketer));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(promotions.find(id).orElseThrow().status()).hasToString("ENDED");
        assertThat(signedIn("admin").get("/backoffice/audit").body()).contains("promotion.changed",
                "promotion.paused", "promotion.ended");
    }

    @Test
    void onlyMarketersAndAdministratorsSeeThePromotions() {
        assertThat(signedIn("consultant").get("/backoffice/promotions").statusCode()).isEqualTo(403);
        assertThat(signedIn("finance").get("/backoffice/promotions/new").statusCode()).isEqualTo(403);
        assertThat(signedIn("+79990000001").get("/backoffice/promotions").statusCode()).isEqualTo(403);
        assertThat(signedIn("admin").get("/backoffice/promotions").statusCode()).isEqualTo(200);
        assertThat(signedIn("marketer").get("/backoffice").body()).contains("id=\"tile-promotions\"");
    }

    @Test
    void theResultsPageChartsTheDaysFromADataAttributeAndTheCsvStartsWithAByteOrderMark() throws Exception {
        long demo = promotions.list().stream().filter(p -> p.terms().name().startsWith("Кешбэк +1"))
                .findFirst().orElseThrow().id();
        Customer customer = newCustomer();
        placeOrder(customer.customerId().value(), "POS",
                "{\"lineId\":\"1\",\"sku\":\"SKU-1\",\"name\":\"Смартфон\",\"quantity\":1,\"unitPrice\":10000.00}",
                "{\"method\":\"CASH\",\"amount\":10000.00}");
        BrowserSession marketer = signedIn("marketer");

        String page = marketer.get("/backoffice/promotions/" + demo).body();
        assertThat(page).contains("id=\"results-points\"", "id=\"results-chart\"", "id=\"results-days\"",
                "/webjars/chart.js/", "/dist/chart.umd.js", "/js/charts.js", "id=\"results-csv\"")
                .doesNotContain("<svg", "<script>", "??promotions");
        // The chart's figures are the days' figures, the same the table beside it shows.
        List<PromotionResults.Day> days = promotions.results(demo).days();
        Matcher attribute = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(page);
        assertThat(attribute.find()).isTrue();
        JsonNode chart = json.readTree(HtmlUtils.htmlUnescape(attribute.group(1)));
        assertThat(chart.get("type").asString()).isEqualTo("bar");
        assertThat(chart.get("labels").values().stream().map(JsonNode::asString).toList())
                .isEqualTo(days.stream().map(d -> d.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))).toList())
                .contains(java.time.LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(chart.get("datasets").get(0).get("label").asString()).isEqualTo("Выдано баллов");
        assertThat(chart.get("datasets").get(0).get("data").values().stream().map(JsonNode::asLong).toList())
                .isEqualTo(days.stream().map(PromotionResults.Day::points).toList())
                .anySatisfy(points -> assertThat(points).isPositive());
        assertThat(chart.get("datasets").get(1).get("label").asString()).isEqualTo("Скидки, ₽");
        assertThat(chart.get("datasets").get(1).get("data").values().stream().map(JsonNode::decimalValue).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .isEqualTo(days.stream().map(PromotionResults.Day::discount).toList());
        byte[] csv = marketer.getBytes("/backoffice/promotions/" + demo + "/results.csv").body();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("День;Баллов")
                .contains(java.time.LocalDate.now(ZoneOffset.UTC) + ";");
    }

    @Test
    void aCustomerSeesTheOffersForThemAndTheirChallengeProgress() {
        BrowserSession marketer = signedIn("marketer");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "CHALLENGE");
        form.put("name", "Пять штук поставщика S");
        form.put("targetKind", "SUPPLIER");
        form.put("targetValues", "Поставщик S");
        form.put("thresholdUnits", "5");
        form.put("points", "300");
        form.put("pointsValidDays", "30");
        form.put("action", "launch");
        assertThat(marketer.postForm("/backoffice/promotions/new", form, csrf(marketer)).statusCode()).isEqualTo(302);

        String offers = signedIn("+79990000001").get("/cabinet/offers").body();

        assertThat(offers).contains("Кешбэк +1 п. п. за СБП и наличные", "Пять штук поставщика S", "<progress",
                "Куплено 0 из 5 шт.");
        assertThat(signedIn("marketer").get("/cabinet/offers").statusCode()).isEqualTo(403);
    }
}
