package io.kopilka.web.api;

import io.kopilka.identity.ApiClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an integration check its key: which integration, network and scope the key stands for. */
@RestController
@Tag(name = "Integration")
class IntegrationController {

    /** The integration the presented key belongs to. */
    record IntegrationInfo(String integration, @Nullable String network, String scope) {
    }

    @GetMapping("/api/v1/integration")
    @Operation(summary = "Who am I: the integration, network and scope of the presented API key")
    IntegrationInfo whoAmI(@AuthenticationPrincipal ApiClient client) {
        return new IntegrationInfo(client.name(), client.networkCode(), client.scope().code());
    }
}
