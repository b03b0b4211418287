package io.kopilka.notifications.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server standing in for the SMS/push provider: records each request, answers the statuses it is told. */
final class ProviderStandIn {

    /** One request as the provider received it. */
    record Received(String idempotencyKey, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();

    ProviderStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/messages", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Integer status = statuses.poll();
            int answer = status == null ? 202 : status;
            if (answer / 100 == 2) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
            }
            byte[] reply = (answer / 100 == 2 ? "{\"accepted\":true}" : "{\"error\":\"unavailable\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
    }

    /** The next requests are answered with these statuses (and then 202 again). */
    void answerNext(Integer... codes) {
        statuses.addAll(List.of(codes));
    }

    /** Forgets statuses a failed test did not use up. */
    void answerNormally() {
        statuses.clear();
    }

    /** The accepted requests carrying this message id. */
    List<Received> acceptedFor(long messageId) {
        return received.stream().filter(r -> Long.toString(messageId).equals(r.idempotencyKey())).toList();
    }
}
