package io.kopilka.web.api.floor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The load benchmark's floor call exists only when asked for (bench-load/run.sh turns it on). */
class FloorEndpointTest extends PortalIntegrationTest {

    @Test
    void theFloorEndpointIsOffByDefault() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/floor?customerId=1")))
                .header("Authorization", "Bearer demo-gadgets-key").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
