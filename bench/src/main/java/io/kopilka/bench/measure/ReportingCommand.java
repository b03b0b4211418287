package io.kopilka.bench.measure;

import io.kopilka.bench.Options;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code reporting}: runs the {@code rfm} and {@code reporting} jobs for a business date through the operator API
 * (unless {@code --jobs=false}), printing how long each took, then signs in as the marketer and times the reports
 * overview (the last twelve months, all networks; then one network) — p50/p99 as the client on loopback sees them.
 */
public final class ReportingCommand {

    private static final Pattern RUN_ID = Pattern.compile("\"runId\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private ReportingCommand() {
    }

    public static void run(Options options) throws Exception {
        String url = options.text("url", "http://localhost:8080");
        LocalDate asOf = LocalDate.parse(options.text("as-of", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
        boolean jobs = Boolean.parseBoolean(options.text("jobs", "true"));
        String key = options.text("operator-key", "demo-operator-key");
        int requests = (int) options.number("requests", 50);
        options.noneLeft();
        if (jobs) {
            for (String job : new String[] {"rfm", "reporting"}) {
                long t0 = System.nanoTime();
                String status = runJob(url, key, job, asOf);
                System.out.printf("REPORTING job %s for %s: %s in %.1f s%n", job, asOf, status, (System.nanoTime() - t0) / 1e9);
            }
        }
        Session marketer = Session.signIn(url, "marketer", "demo");
        String from = asOf.minusMonths(12).plusDays(1).toString();
        String[] paths = {"/backoffice/reports?from=" + from + "&to=" + asOf,
                "/backoffice/reports?from=" + from + "&to=" + asOf + "&network=gadgets"};
        for (String path : paths) {
            marketer.timedGet(path); // warm-up
            double[] ms = new double[requests];
            long t0 = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                ms[i] = marketer.timedGet(path);
            }
            System.out.println("REPORTING " + new Timings(ms, (System.nanoTime() - t0) / 1e9).line("overview " + path));
        }
    }

    private static String runJob(String url, String key, String job, LocalDate asOf) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/admin/jobs/" + job + "/runs"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\":\"" + asOf + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = RUN_ID.matcher(started.body());
        if (!id.find()) {
            throw new IllegalStateException(job + " did not start: " + started.statusCode() + " " + started.body());
        }
        while (true) {
            String body = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/admin/jobs/" + job + "/runs/" + id.group(1)))
                    .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher status = STATUS.matcher(body);
            if (status.find() && !status.group(1).equals("STARTED") && !status.group(1).equals("STARTING")) {
                return status.group(1);
            }
            Thread.sleep(1000);
        }
    }
}
