package io.kopilka.web.backoffice.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.batch.BatchJobs;
import io.kopilka.batch.JobRun;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class JobsPageTest extends PortalIntegrationTest {

    @Autowired
    BatchJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String csrf(BrowserSession session) {
        return session.csrfMetaTags("/backoffice/jobs").getValue();
    }

    @Test
    void anAdministratorSeesEveryJobWithItsScheduleStartsOneForADateAndFollowsItsProgress() throws Exception {
        BrowserSession admin = signedIn("admin");
        String page = admin.get("/backoffice/jobs").body();
        assertThat(page).contains("id=\"job-settlement\"", "id=\"job-expiry\"", "id=\"job-tiers\"", "id=\"job-rfm\"",
                "0 0 3 * * *", "0 30 4 * * *", "type=\"date\"", "name=\"cron\"");

        HttpResponse<String> started = admin.postForm("/backoffice/jobs/settlement/runs", Map.of("asOf", "2020-01-15"),
                csrf(admin));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/backoffice/jobs#job-settlement");

        String after = admin.get("/backoffice/jobs").body();
        Matcher run = Pattern.compile("id=\"run-(\\d+)\"").matcher(after.substring(after.indexOf("id=\"job-settlement\"")));
        assertThat(run.find()).isTrue();
        String row = "";
        for (int i = 0; i < 100; i++) {
            row = admin.get("/backoffice/jobs/settlement/runs/" + run.group(1), "HX-Request", "true").body();
            if (!row.contains("hx-trigger=\"every 1s\"")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(row).startsWith("<li").doesNotContain("<html").contains("<progress", "run-completed", "01.2020")
                .doesNotContain("hx-trigger");
        assertThat(audit.search(new AuditQuery(null, "job.started", null, null, null, 50))).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.subject()).isEqualTo("job settlement 2020-01-15");
            assertThat(entry.after()).isEqualTo("run " + run.group(1));
        });
    }

    @Test
    void aFailedRunShowsItsReasonAndItsRestartButtonAndTheRestartCompletesTheDate() throws Exception {
        LocalDate date = LocalDate.of(2019, 3, 3);
        JobRun done = jobs.start("tiers", date);
        for (int i = 0; i < 100 && jobs.run("tiers", done.runId()).orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        // As a run that failed would be left by Spring Batch.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED',"
                + " EXIT_MESSAGE = 'java.lang.IllegalStateException: disk full' WHERE JOB_EXECUTION_ID = ?", done.runId());
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ?", done.runId());

        BrowserSession finance = signedIn("finance");
        String page = finance.get("/backoffice/jobs").body();
        assertThat(page).contains("id=\"run-" + done.runId() + "-failure\"", "disk full",
                "id=\"restart-" + done.runId() + "\"");

        HttpResponse<String> restarted = finance.postForm("/backoffice/jobs/tiers/runs/" + done.runId() + "/restart",
                Map.of(), csrf(finance));
        assertThat(restarted.statusCode()).isEqualTo(302);
        JobRun again = jobs.recentRuns("tiers", 10).stream().filter(r -> r.asOf().equals(date)).findFirst().orElseThrow();
        assertThat(again.runId()).isNotEqualTo(done.runId());
        for (int i = 0; i < 100 && jobs.run("tiers", again.runId()).orElseThrow().running(); i++) {
            Thread.sleep(100);
        }
        assertThat(jobs.run("tiers", again.runId()).orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(audit.search(new AuditQuery(null, "job.restarted", null, null, null, 50))).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("finance");
            assertThat(entry.subject()).isEqualTo("job tiers 2019-03-03");
        });
    }

    @Test
    void aDateThatIsNotADateIsExplainedNextToTheField() {
        BrowserSession finance = signedIn("finance");
        HttpResponse<String> refused = finance.postForm("/backoffice/jobs/expiry/runs", Map.of("asOf", "31.02.2020"),
                csrf(finance));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"asOf-expiry-error\"", "aria-describedby=\"asOf-expiry-error\"",
                "aria-invalid=\"true\"", "ГГГГ-ММ-ДД");
    }

    @Test
    void anUnknownJobOrRunIsThePortalsNotFoundPage() {
        BrowserSession admin = signedIn("admin");

        HttpResponse<String> unknownJob = admin.postForm("/backoffice/jobs/no-such-job/runs",
                Map.of("asOf", "2026-03-01"), csrf(admin));
        HttpResponse<String> unknownRun = admin.get("/backoffice/jobs/settlement/runs/987654321987", "HX-Request", "true");

        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(unknownJob.body()).contains("<html");
        assertThat(unknownRun.statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorChangesASchedule() {
        BrowserSession admin = signedIn("admin");
        HttpResponse<String> bad = admin.postForm("/backoffice/jobs/tiers/schedule",
                Map.of("cron", "every night", "enabled", "true"), csrf(admin));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"cron-tiers-error\"", "value=\"every night\"");

        HttpResponse<String> saved = admin.postForm("/backoffice/jobs/tiers/schedule",
                Map.of("cron", "0 15 4 * * *", "enabled", "true"), csrf(admin));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/backoffice/jobs").body()).contains("0 15 4 * * *");

        BrowserSession finance = signedIn("finance");
        assertThat(finance.get("/backoffice/jobs").body()).doesNotContain("name=\"cron\"");
        assertThat(finance.postForm("/backoffice/jobs/tiers/schedule", Map.of("cron", "0 0 1 * * *"), csrf(finance))
                .statusCode()).isEqualTo(403);
        admin.postForm("/backoffice/jobs/tiers/schedule", Map.of("cron", "0 0 4 * * *", "enabled", "true"), csrf(admin));
    }

    @Test
    void consultantsMarketersAndCustomersMayNotSeeTheJobs() {
        assertThat(signedIn("finance").get("/backoffice/jobs").statusCode()).isEqualTo(200);
        assertThat(signedIn("consultant").get("/backoffice/jobs").statusCode()).isEqualTo(403);
        assertThat(signedIn("marketer").get("/backoffice/jobs").statusCode()).isEqualTo(403);
        assertThat(signedIn("+79990000001").get("/backoffice/jobs").statusCode()).isEqualTo(403);
        assertThat(signedIn("consultant").get("/backoffice").body()).doesNotContain("tile-jobs");
        assertThat(signedIn("finance").get("/backoffice").body()).contains("tile-jobs");
    }
}
