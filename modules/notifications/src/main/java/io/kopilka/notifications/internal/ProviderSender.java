package io.kopilka.notifications.internal;

import io.kopilka.notifications.Channel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * SMS and push through the HTTP provider (kopilka.notifications.provider.url and .token; none configured: they wait).
 * One POST per message with the JSON body documented in docs/notifications.md and the message id as Idempotency-Key;
 * 2xx, and 409 (the provider already has this id), count as accepted.
 */
@Component
class ProviderSender implements ChannelSender {

    private final NotificationSettings settings;
    private final HttpClient http;

    ProviderSender(NotificationSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.providerTimeout).build();
    }

    @Override
    public boolean handles(Channel channel) {
        return channel == Channel.SMS || channel == Channel.PUSH;
    }

    @Override
    public boolean configured() {
        return !settings.providerUrl.isBlank();
    }

    @Override
    public void send(Outgoing message) throws SendFailedException {
        if (!configured()) {
            throw new SendFailedException("notifications.error.not-configured");
        }
        String json = "{\"messageId\":\"" + message.messageId() + "\",\"channel\":\""
                + message.channel().name().toLowerCase(java.util.Locale.ROOT) + "\",\"to\":" + quote(message.recipient())
                + ",\"title\":" + quote(message.subject()) + ",\"text\":" + quote(message.text()) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.providerUrl))
                .timeout(settings.providerTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", Long.toString(message.messageId()))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (!settings.providerToken.isBlank()) {
            request.header("Authorization", "Bearer " + settings.providerToken);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SendFailedException("provider: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("provider: interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2 && status != 409) {
            String body = response.body() == null ? "" : response.body();
            throw new SendFailedException("provider: HTTP " + status + " " + body.substring(0, Math.min(200, body.length())));
        }
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
