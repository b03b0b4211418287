package io.kopilka.web.backoffice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.batch.BatchJobs;
import io.kopilka.batch.JobRun;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsPageTest extends PortalIntegrationTest {

    /** The demo programme's people register when the portal first starts, so the snapshot that has them is today's. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    BatchJobs jobs;

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    /** The demo programme's figures rolled up by the reporting job, as the Jobs page would start it. */
    @BeforeEach
    void rolledUp() throws InterruptedException {
        runToEnd("rfm");
        runToEnd("reporting");
    }

    private void runToEnd(String job) throws InterruptedException {
        JobRun run = jobs.start(job, TODAY);
        for (int i = 0; i < 600 && jobs.run(job, run.runId()).orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        assertThat(jobs.run(job, run.runId()).orElseThrow().status()).isEqualTo("COMPLETED");
    }

    @Test
    void aMarketerSeesEveryFigureAsAChartAndATableWithHowFreshTheFiguresAre() {
        BrowserSession marketer = signedIn("marketer");
        HttpResponse<String> page = marketer.get("/backoffice/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/backoffice/reports\"", "id=\"freshness\"",
                "Показатели по дням — по " + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "id=\"table-summary\"", "id=\"table-points\"", "id=\"table-purchases\"", "id=\"table-tiers\"",
                "id=\"table-segments\"", "id=\"chart-summary\"", "id=\"chart-points\"", "id=\"chart-purchases\"", "id=\"chart-tiers\"",
                "id=\"chart-segments\"", "data-chart=\"{", "/webjars/chart.js/", "/dist/chart.umd.js", "/js/charts.js",
                "id=\"csv-points\"", "format=semicolon", "format=comma")
                .doesNotContain("??reports", "<script>");
        // The demo programme's people are members; Vera is GOLD, Boris SILVER.
        assertThat(page.body()).contains(">GOLD<", ">SILVER<", ">START<");
        // Per-promotion figures live on each promotion's results page; the report points there.
        assertThat(page.body()).contains("id=\"promotion-results-hint\"", "href=\"/backoffice/promotions\"");
    }

    @Test
    void anAdministratorMayOpenTheReportsAndAConsultantOrFinanceMayNot() {
        assertThat(signedIn("admin").get("/backoffice/reports").statusCode()).isEqualTo(200);
        BrowserSession consultant = signedIn("consultant");
        assertThat(consultant.get("/backoffice/reports").statusCode()).isEqualTo(403);
        assertThat(consultant.getBytes("/backoffice/reports/summary.csv").statusCode()).isEqualTo(403);
        assertThat(consultant.get("/backoffice").body()).doesNotContain("href=\"/backoffice/reports\"");
        assertThat(signedIn("finance").get("/backoffice/reports").statusCode()).isEqualTo(403);
    }

    @Test
    void eachTableDownloadsAsCsvThatExcelReadsAndThatParsesBackToTheTable() throws IOException {
        BrowserSession marketer = signedIn("marketer");
        String from = TODAY.minusMonths(11).withDayOfMonth(1).toString();
        String query = "?from=" + from + "&to=" + TODAY + "&network=";
        for (String table : List.of("summary", "points", "purchases", "tiers", "segments")) {
            HttpResponse<byte[]> csv = marketer.getBytes("/backoffice/reports/" + table + ".csv" + query + "&format=semicolon");
            assertThat(csv.statusCode()).as(table).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("attachment", "kopilka-" + table + "-" + from);
            assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
        }
        List<CSVRecord> purchases = parse(marketer.getBytes("/backoffice/reports/purchases.csv" + query
                + "&format=semicolon").body(), ';');
        assertThat(purchases.get(0).values()).startsWith("Месяц", "Новые участники", "Заказы");
        assertThat(purchases).hasSize(13);
        long orders = purchases.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(2))).sum();
        assertThat(orders).isPositive();

        List<CSVRecord> summary = parse(marketer.getBytes("/backoffice/reports/summary.csv" + query + "&format=comma")
                .body(), ',');
        assertThat(summary.get(1).get(0)).isEqualTo("Участники");
        assertThat(Long.parseLong(summary.get(1).get(1))).isPositive();
        assertThat(summary.get(1).get(2)).isEqualTo(TODAY.toString());
    }

    @Test
    void aWrongFilterIsNamedNextToItsFieldAndShowsNoFigures() {
        BrowserSession marketer = signedIn("marketer");
        String page = marketer.get("/backoffice/reports?from=2025-13-01&to=2025-01-01&network=mars").body();
        assertThat(page).contains("id=\"from-error\"", "Дата в формате ГГГГ-ММ-ДД", "id=\"network-error\"",
                "value=\"2025-13-01\"", "aria-invalid=\"true\"").doesNotContain("id=\"freshness\"");
        String reversed = marketer.get("/backoffice/reports?from=2025-03-01&to=2025-01-01").body();
        assertThat(reversed).contains("id=\"to-error\"", "Конец периода раньше его начала");
        assertThat(marketer.getBytes("/backoffice/reports/points.csv?from=2025-03-01&to=2025-01-01").statusCode())
                .isEqualTo(400);
        assertThat(marketer.getBytes("/backoffice/reports/points.csv?format=tabs").statusCode()).isEqualTo(400);
        assertThat(marketer.getBytes("/backoffice/reports/nothing.csv").statusCode()).isEqualTo(404);
    }

    private static List<CSVRecord> parse(byte[] bytes, char delimiter) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }
}
