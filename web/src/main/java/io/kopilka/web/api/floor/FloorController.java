package io.kopilka.web.api.floor;

import io.kopilka.customers.Customers;
import io.kopilka.customers.CustomerId;
import io.kopilka.identity.ApiClient;
import io.kopilka.web.api.ApiProblem;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the processing API's load benchmark (docs/benchmarks.md): a call that goes through the same filters,
 * key check and request log as the orders calls but does only one primary-key read of a customer, so the load tool's
 * figures for it say what the stack itself costs. Off unless {@code kopilka.benchmark.floor-endpoint=true}.
 */
@RestController
@Hidden
@ConditionalOnProperty(name = "kopilka.benchmark.floor-endpoint", havingValue = "true")
class FloorController {

    /** What the floor call answers: the customer read and the key's network. */
    record FloorJson(long customerId, String tier, String network) {
    }

    private final Customers customers;

    FloorController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/api/v1/floor")
    FloorJson floor(@AuthenticationPrincipal ApiClient client, @RequestParam long customerId) {
        return customers.find(new CustomerId(customerId))
                .map(c -> new FloorJson(c.customerId().value(), c.tier().code(), client.networkCode()))
                .orElseThrow(() -> ApiProblem.notFound("problem.customers.notFound"));
    }
}
