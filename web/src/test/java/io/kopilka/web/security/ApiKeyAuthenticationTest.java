package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticationTest extends PortalIntegrationTest {

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requestWithoutKeyGetsUnauthorizedProblemDetails() throws Exception {
        HttpResponse<String> response = get("/api/v1/integration");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":401", "\"title\":\"Unauthorized\"", "\"type\":\"about:blank\"")
                .contains("Authorization: Bearer");
    }

    @Test
    void problemDetailsSpeakRussianByDefaultAndEnglishWhenAsked() throws Exception {
        assertThat(get("/api/v1/integration").body()).contains("Нужен API-ключ");
        assertThat(get("/api/v1/integration", "Accept-Language", "en-GB,en;q=0.9").body())
                .contains("An integration API key is required");
    }

    @Test
    void unknownKeyIsRefusedAsUnknown() throws Exception {
        HttpResponse<String> response = get("/api/v1/integration", "Authorization", "Bearer not-a-real-key",
                "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unknown or revoked");
    }

    @Test
    void demoKeyPassesAuthenticationAndIsBoundToItsNetwork() throws Exception {
        HttpResponse<String> response = get("/api/v1/integration", "Authorization", "Bearer demo-gadgets-key");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"network\":\"gadgets\"", "\"scope\":\"orders\"");
    }

    @Test
    void ordersKeyMayNotCallOperatorEndpoints() throws Exception {
        HttpResponse<String> response = get("/api/v1/admin/ledger/check", "Authorization", "Bearer demo-home-key");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void prometheusMetricsNeedTheOperatorKey() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", "Bearer demo-business-key").statusCode()).isEqualTo(403);

        HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", "Bearer demo-operator-key");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections");
    }

    @Test
    void apiRequestsCreateNoSession() throws Exception {
        HttpResponse<String> response = get("/api/v1/integration", "Authorization", "Bearer demo-gadgets-key");

        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void openApiDocumentIsPublishedAndSwaggerUiIsForStaffOnly() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\":\"3.", "/api/v1/integration");

        HttpResponse<String> swagger = get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(302);
        assertThat(swagger.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
