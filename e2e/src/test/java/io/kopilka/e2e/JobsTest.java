package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.JobsPage;
import io.kopilka.e2e.pages.SignUpPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class JobsTest extends EndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
                .header("Authorization", "Bearer demo-home-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anAdminStartsSettlementForADateWatchesItFinishAndTheCustomersPendingPointsBecomeAvailable() throws Exception {
        // A new customer, whose delivered order's points wait for the settlement of a date no one has run yet.
        String phone = "8 (933) 2" + String.format("%02d-%02d-%02d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100));
        CabinetPage before = SignUpPage.fromLogin(loginPage(), browser.driver()).join(phone, "Тимур", "timur-secret");
        assertThat(before.availablePoints()).isEqualTo("0");
        LocalDate delivered = LocalDate.of(2010 + ThreadLocalRandom.current().nextInt(10), 6, 14);
        String order = "E2E-JOB-" + System.nanoTime();
        assertThat(post("/api/v1/orders", """
                {"externalId":"%s","customer":{"phone":"%s"},"channel":"WEB","region":"OTHER",
                 "placedAt":"%sT10:00:00Z","lines":[{"lineId":"1","sku":"K","quantity":1,"unitPrice":8000}]}"""
                .formatted(order, phone, delivered.minusDays(4)))).isEqualTo(201);
        assertThat(post("/api/v1/orders/" + order + "/status",
                "{\"status\":\"DELIVERED\",\"at\":\"" + delivered + "T10:00:00Z\"}")).isEqualTo(200);
        browser.driver().manage().deleteAllCookies();

        loginPage().signInAsStaff("admin", PASSWORD);
        JobsPage jobs = JobsPage.open(browser.driver(), portal.baseUrl()).startFor("settlement", delivered);
        assertThat(jobs.startedNotice()).contains("Расчёт баллов");

        assertThat(jobs.awaitLatestRunEnd("settlement", Duration.ofSeconds(60))).isEqualTo("Завершено");
        String[] progress = jobs.latestProgress("settlement").split("/");
        assertThat(progress[0]).as("the bar is full").isEqualTo(progress[1]);
        assertThat(jobs.latestProcessed("settlement")).startsWith("Обработано");
        assertThat(browser.screenshot("jobs-settlement-375", 375)).exists();
        browser.driver().manage().deleteAllCookies();

        CabinetPage after = loginPage().signInAsCustomer(phone, "timur-secret");
        assertThat(after.availablePoints()).isEqualTo("120");
        assertThat(after.pendingPoints()).isEqualTo("0");
    }
}
