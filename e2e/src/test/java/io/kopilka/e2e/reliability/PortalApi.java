package io.kopilka.e2e.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processing and operator API over plain HTTP, as an integration calls it; every answer parsed as JSON. Given
 * several portals (instances on one database), each call goes to the next one in turn, as a round-robin load balancer
 * would send it.
 */
final class PortalApi {

    static final String OPERATOR = "demo-operator-key";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> baseUrls;
    private final AtomicInteger next = new AtomicInteger();
    private final Duration timeout;

    PortalApi(String baseUrl, Duration timeout) {
        this(List.of(baseUrl), timeout);
    }

    PortalApi(List<String> baseUrls, Duration timeout) {
        this.baseUrls = List.copyOf(baseUrls);
        this.timeout = timeout;
    }

    /** An answer: its status, {@code Content-Type}, {@code Retry-After} and JSON body (null when not JSON). */
    record Reply(int status, String contentType, String retryAfter, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Refused for a reason of the call itself: a retry with the same content gets the same refusal. */
        boolean refused() {
            return status >= 400 && status < 500;
        }
    }

    /** The server could not be asked or did not answer in time: the call may or may not have been carried out. */
    static final class NoAnswer extends Exception {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Reply post(String key, String path, String json) throws NoAnswer {
        return send(request(key, path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build());
    }

    Reply get(String key, String path) throws NoAnswer {
        return send(request(key, path).GET().build());
    }

    /** Starts a job for a business date and answers its run id. */
    long startJob(String job, LocalDate asOf) throws NoAnswer {
        Reply reply = post(OPERATOR, "/api/v1/admin/jobs/" + job + "/runs", "{\"asOf\":\"" + asOf + "\"}");
        if (reply.status() != 202 || reply.body() == null) {
            throw new IllegalStateException("Starting " + job + " for " + asOf + " answered " + reply);
        }
        return reply.body().path("runId").asLong();
    }

    /** A run's state as the operator API shows it. */
    JsonNode run(String job, long runId) throws NoAnswer {
        Reply reply = get(OPERATOR, "/api/v1/admin/jobs/" + job + "/runs/" + runId);
        if (!reply.ok() || reply.body() == null) {
            throw new IllegalStateException("Run " + runId + " of " + job + " answered " + reply);
        }
        return reply.body();
    }

    /** Waits until a run has ended and answers its last state. */
    JsonNode awaitEnd(String job, long runId, Duration patience) throws NoAnswer, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        JsonNode run = run(job, runId);
        while ("STARTED".equals(run.path("status").asString()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            run = run(job, runId);
        }
        return run;
    }

    /** The ledger's own invariants over the whole database. */
    JsonNode ledgerCheck() throws NoAnswer {
        return get(OPERATOR, "/api/v1/admin/ledger/check").body();
    }

    private HttpRequest.Builder request(String key, String path) {
        String baseUrl = baseUrls.get(Math.floorMod(next.getAndIncrement(), baseUrls.size()));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + key).header("Accept-Language", "en");
    }

    private Reply send(HttpRequest request) throws NoAnswer {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Reply(response.statusCode(), type, response.headers().firstValue("Retry-After").orElse(null), body);
        } catch (IOException e) {
            throw new NoAnswer(request.method() + " " + request.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted", e);
        }
    }
}
