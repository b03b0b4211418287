package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.PromotionWizardPage;
import io.kopilka.e2e.pages.SignUpPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A marketer launches the case studies' examples through the wizard, each in a handful of steps (type, a field or
 * three, preview, launch), then orders sent through the processing API show each effect with its explanation.
 */
class PromotionsTest extends EndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> order(String phone, String lines, String payments) throws Exception {
        String body = """
                {"externalId":"E2E-PROMO-%d","customer":{"phone":"%s"},"channel":"POS","region":"MSK",
                 "placedAt":"%s","lines":[%s],"payments":[%s]}""".formatted(System.nanoTime(), phone,
                OffsetDateTime.now(ZoneOffset.UTC), lines, payments);
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/orders"))
                .header("Authorization", "Bearer demo-gadgets-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String newPhone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "8 (934) 3" + String.format("%02d-%02d-%02d", random.nextInt(100), random.nextInt(100), random.nextInt(100));
    }

    private static String line(String id, String category, String supplier, int quantity, String price) {
        return """
                {"lineId":"%s","sku":"SKU-%s","name":"Товар","category":"%s","supplier":"%s","quantity":%d,"unitPrice":%s}"""
                .formatted(id, id, category, supplier, quantity, price);
    }

    @Test
    void aMarketerLaunchesTheCaseStudiesExamplesAndOrdersShowTheirEffects() throws Exception {
        String phone = newPhone();
        CabinetPage joined = SignUpPage.fromLogin(loginPage(), browser.driver()).join(phone, "Полина", "polina-secret");
        assertThat(joined.availablePoints()).isEqualTo("0");
        browser.driver().manage().deleteAllCookies();
        loginPage().signInAsStaff("marketer", PASSWORD);
        String base = portal.baseUrl();

        // SBP +1 pp: the type, a name, preview, launch — the percent and methods are the defaults.
        PromotionWizardPage sbp = PromotionWizardPage.start(browser.driver(), base).choose("PAYMENT_CASHBACK")
                .type("name", "СБП +1 п. п. (весна)");
        assertThat(sbp.preview()).isNotBlank();
        assertThat(sbp.launch()).isEqualTo("Действует");
        String sbpResults = browser.driver().getCurrentUrl();

        // The coffee-and-pastry bundle.
        PromotionWizardPage bundle = PromotionWizardPage.start(browser.driver(), base).choose("BUNDLE")
                .type("name", "Кофе и выпечка").type("targetValues", "выпечка").type("triggerValues", "кофе");
        bundle.preview();
        assertThat(browser.screenshot("promotion-wizard-preview", 1280)).exists();
        assertThat(bundle.launch()).isEqualTo("Действует");

        // The challenge "5 units of supplier S".
        PromotionWizardPage challenge = PromotionWizardPage.start(browser.driver(), base).choose("CHALLENGE")
                .type("name", "Пять штук поставщика S").type("targetValues", "Поставщик S").type("points", "300");
        challenge.preview();
        assertThat(challenge.launch()).isEqualTo("Действует");

        // The 1 000-point holiday grant valid a month, scheduled for the eve of the holiday.
        String eve = LocalDate.now(ZoneOffset.UTC).plusDays(7) + "T00:00";
        PromotionWizardPage holiday = PromotionWizardPage.start(browser.driver(), base).choose("GRANT")
                .type("name", "К празднику 1000 баллов").type("points", "1000").startsAt(eve);
        assertThat(holiday.preview()).isNotEqualTo("0");
        assertThat(holiday.launch()).isEqualTo("Запланирована");

        // Reactivation 500/700/1000 by tier for those silent since a date, also for later.
        PromotionWizardPage reactivation = PromotionWizardPage.start(browser.driver(), base).choose("GRANT")
                .type("name", "Возвращайтесь").select("grantAudience", "SILENT_SINCE").date("silentSince", "2020-01-01")
                .type("tierPoints-START", "500").type("tierPoints-SILVER", "700").type("tierPoints-GOLD", "1000")
                .startsAt(eve);
        reactivation.preview();
        assertThat(reactivation.launch()).isEqualTo("Запланирована");
        assertThat(browser.screenshot("promotion-results", 1280)).exists();

        // Orders: SBP on 4 000 of 10 000 earns the demo's and this spring's +1 pp on the SBP part only.
        HttpResponse<String> paid = order(phone, line("1", "phones", "Acme", 1, "10000.00"),
                "{\"method\":\"SBP\",\"amount\":4000.00},{\"method\":\"CARD\",\"amount\":6000.00}");
        assertThat(paid.statusCode()).isEqualTo(201);
        assertThat(paid.body()).contains("\"pointsToAccrue\":230", "СБП +1 п. п. (весна)", "PROMOTION_PAYMENT_CASHBACK");

        HttpResponse<String> coffee = order(phone, line("1", "кофе", "Обжарщик", 1, "10000.00") + ","
                + line("2", "выпечка", "Пекарня", 2, "150.00"), "");
        assertThat(coffee.body()).contains("\"discount\":90.00", "PROMOTION_BUNDLE", "Кофе и выпечка");

        HttpResponse<String> five = order(phone, line("1", "snacks", "Поставщик S", 5, "2000.00"), "");
        assertThat(five.statusCode()).isEqualTo(201);

        // The spring SBP promotion's results: today's points drawn by Chart.js from the page's data, the table beside.
        browser.driver().get(sbpResults);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                "true".equals(d.findElement(By.id("results-chart")).getAttribute("data-rendered")));
        assertThat(browser.driver().findElement(By.id("results-days")).getText()).contains("40");
        assertThat(browser.screenshot("promotion-results-chart", 1280)).exists();

        browser.driver().manage().deleteAllCookies();
        loginPage().signInAsCustomer(phone, "polina-secret");
        browser.driver().get(base + "/cabinet/offers");
        assertThat(browser.driver().findElement(By.cssSelector("[id^=challenge-progress-]")).getAttribute("value"))
                .isEqualTo("100");
        assertThat(browser.driver().findElement(By.id("offers")).getText()).contains("Кофе и выпечка");
        assertThat(browser.screenshot("cabinet-offers-375", 375)).exists();
        assertThat(CabinetPage.open(browser.driver(), base).availablePoints()).isEqualTo("300");
    }
}
