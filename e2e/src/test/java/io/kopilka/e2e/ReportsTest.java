package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.JobsPage;
import io.kopilka.e2e.pages.ReportsPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportsTest extends EndToEndTest {

    @Test
    void aMarketerSeesTheOverviewsChartsDrawnAndDownloadsATableAsCsvForExcel() throws Exception {
        // The demo people register when the portal first starts: today's snapshot has them.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        loginPage().signInAsStaff("admin", PASSWORD);
        // The nightly order: RFM scores first, then the report roll-ups that read them.
        JobsPage jobs = JobsPage.open(browser.driver(), portal.baseUrl()).startFor("rfm", today);
        assertThat(jobs.awaitLatestRunEnd("rfm", Duration.ofSeconds(120))).isEqualTo("Завершено");
        jobs = jobs.startFor("reporting", today);
        assertThat(jobs.awaitLatestRunEnd("reporting", Duration.ofSeconds(120))).isEqualTo("Завершено");
        browser.driver().manage().deleteAllCookies();

        loginPage().signInAsStaff("marketer", PASSWORD);
        ReportsPage reports = ReportsPage.open(browser.driver(), portal.baseUrl());
        assertThat(reports.awaitChartsDrawn()).containsExactly("chart-summary", "chart-points", "chart-purchases",
                "chart-tiers", "chart-segments");
        assertThat(reports.freshness()).contains("Показатели по дням", String.format("%02d.%02d.%d",
                today.getDayOfMonth(), today.getMonthValue(), today.getYear()));
        List<List<String>> tiers = reports.rows("tiers");
        assertThat(tiers).extracting(row -> row.get(0)).contains("START", "SILVER", "GOLD");
        assertThat(browser.screenshot("reports-overview-1280", 1280)).exists();
        assertThat(browser.screenshot("reports-overview-375", 375)).exists();

        Path downloads = Files.createTempDirectory("kopilka-downloads-");
        try {
            reports.downloadInto(downloads).downloadCsv("purchases");
            Path csv = awaitFile(downloads, Duration.ofSeconds(20));
            assertThat(csv.getFileName().toString()).startsWith("kopilka-purchases-").endsWith(".csv");
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text.lines().findFirst().orElseThrow()).contains("Месяц;Новые участники;Заказы");
            assertThat(text.lines().count()).isEqualTo(1 + reports.rows("purchases").size());
        } finally {
            try (Stream<Path> files = Files.list(downloads)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(downloads);
        }
    }

    /** The one finished file in the folder (Chromium writes a .crdownload first and renames it when done). */
    private static Path awaitFile(Path folder, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> done = files.filter(f -> !f.toString().endsWith(".crdownload")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Nothing downloaded into " + folder);
    }
}
