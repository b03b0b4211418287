package io.kopilka.web.api.orders;

import io.kopilka.identity.ApiClient;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.orders.ReturnRequest;
import io.kopilka.orders.ReturnResult;
import io.kopilka.orders.RevisionRequest;
import io.kopilka.orders.RevisionResult;
import io.kopilka.orders.ShipmentRequest;
import io.kopilka.orders.ShipmentResult;
import io.kopilka.orders.StatusChange;
import io.kopilka.web.api.ApiProblem;
import io.kopilka.web.api.orders.OrderBody.DeliveredJson;
import io.kopilka.web.api.orders.OrderBody.OrderJson;
import io.kopilka.web.api.orders.OrderBody.ReturnJson;
import io.kopilka.web.api.orders.OrderBody.RevisionJson;
import io.kopilka.web.api.orders.OrderBody.ShipmentJson;
import io.kopilka.web.api.orders.OrderBody.StatusJson;
import io.kopilka.web.api.orders.OrderReplies.CalculationJson;
import io.kopilka.web.api.orders.OrderReplies.PlacedJson;
import io.kopilka.web.points.CalculationTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "Orders" part of the processing API. Every call acts in the network of the presented key, so a key of one
 * network never sees or touches another network's orders. Creating calls answer 201 the first time and 200 with the
 * same body when repeated.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
class OrdersApiController {

    private final Orders orders;
    private final CalculationTexts texts;

    OrdersApiController(Orders orders, CalculationTexts texts) {
        this.orders = orders;
        this.texts = texts;
    }

    @PostMapping("/calculate")
    @Operation(summary = "What placing the order now would give and cost, with the explanation of every rule; no side effects")
    CalculationJson calculate(@AuthenticationPrincipal ApiClient client, @RequestBody @Nullable OrderJson body,
                              Locale locale) {
        return CalculationJson.of(orders.calculate(network(client), required(body).toRequest()), texts, locale);
    }

    @PostMapping
    @Operation(summary = "Place an order: points redeemed, cashback accrued as pending; idempotent by externalId")
    ResponseEntity<PlacedJson> place(@AuthenticationPrincipal ApiClient client, @RequestBody @Nullable OrderJson body,
                                     Locale locale) {
        PlacedOrder placed = orders.place(network(client), required(body).toRequest());
        PlacedJson json = new PlacedJson(placed.orderId().value(), placed.externalId(), placed.status(),
                CalculationJson.of(placed.calculation(), texts, locale));
        return ResponseEntity.status(placed.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(json);
    }

    @GetMapping("/{externalId}")
    @Operation(summary = "The order: status, lines with ordered/shipped/delivered/returned units, shipments, points")
    OrderReplies.OrderJson find(@AuthenticationPrincipal ApiClient client, @PathVariable String externalId,
                                Locale locale) {
        return orders.find(network(client), externalId).map(o -> OrderReplies.OrderJson.of(o, texts, locale))
                .orElseThrow(() -> ApiProblem.notFound("problem.orders.notFound"));
    }

    @PostMapping("/{externalId}/status")
    @Operation(summary = "Move the order to PAID, DELIVERED (points due for settlement) or CANCELLED (pending voided, spent points given back)")
    OrderReplies.StatusChangedJson status(@AuthenticationPrincipal ApiClient client, @PathVariable String externalId,
                        @RequestBody @Nullable StatusJson body) {
        StatusJson json = required(body);
        OrderStatus status = null;
        if (json.status() != null) {
            try {
                status = OrderStatus.valueOf(json.status().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("status", "order.status.unknown");
            }
        }
        return OrderReplies.StatusChangedJson.of(
                orders.changeStatus(network(client), externalId, new StatusChange(status, json.at())));
    }

    @PostMapping("/{externalId}/returns")
    @Operation(summary = "Return some units: their points taken back, points spent on them given back; idempotent by returnId")
    ResponseEntity<OrderReplies.ReturnedJson> returns(@AuthenticationPrincipal ApiClient client, @PathVariable String externalId,
                                         @RequestBody @Nullable ReturnJson body) {
        ReturnJson json = required(body);
        ReturnResult result = orders.registerReturn(network(client), externalId,
                new ReturnRequest(json.returnId(), OrderBody.units(json.lines()), json.at()));
        return created(OrderReplies.ReturnedJson.of(result), result.replayed());
    }

    @PostMapping("/{externalId}/shipments")
    @Operation(summary = "A batch of the order shipped to a destination (B2B); idempotent by shipmentId")
    ResponseEntity<OrderReplies.ShippedJson> ship(@AuthenticationPrincipal ApiClient client, @PathVariable String externalId,
                                        @RequestBody @Nullable ShipmentJson body) {
        ShipmentJson json = required(body);
        ShipmentResult result = orders.ship(network(client), externalId,
                new ShipmentRequest(json.shipmentId(), json.destination(), OrderBody.units(json.lines()), json.at()));
        return created(OrderReplies.ShippedJson.of(result), result.replayed());
    }

    @PostMapping("/{externalId}/shipments/{shipmentId}/delivered")
    @Operation(summary = "A shipped batch delivered: the pending points of its part become due for settlement")
    OrderReplies.DeliveredBatchJson delivered(@AuthenticationPrincipal ApiClient client, @PathVariable String externalId,
                             @PathVariable String shipmentId, @RequestBody @Nullable DeliveredJson body) {
        DeliveredJson json = required(body);
        if (json.at() == null) {
            throw ApiProblem.invalidField("at", "order.field.required");
        }
        return OrderReplies.DeliveredBatchJson.of(orders.deliverShipment(network(client), externalId, shipmentId,
                json.at().withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()));
    }

    @PostMapping("/{externalId}/revisions")
    @Operation(summary = "A service-centre revision: lines replaced, only the difference in points posted; reason CANNOT_REPAIR cancels")
    ResponseEntity<RevisionResultJson> revise(@AuthenticationPrincipal ApiClient client,
                                              @PathVariable String externalId,
                                              @RequestBody @Nullable RevisionJson body, Locale locale) {
        RevisionJson json = required(body);
        RevisionResult result = orders.revise(network(client), externalId, new RevisionRequest(json.revisionId(),
                OrderBody.lines(json.lines()), json.reason(), json.at()));
        RevisionResultJson reply = new RevisionResultJson(result.revisionId(), result.status(),
                CalculationJson.of(result.calculation(), texts, locale), result.cashbackDifference());
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(reply);
    }

    /** The answer to a revision. */
    record RevisionResultJson(String revisionId, OrderStatus status, CalculationJson calculation,
                              long cashbackDifference) {
    }

    private static <T> ResponseEntity<T> created(T body, boolean replayed) {
        return ResponseEntity.status(replayed ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    private static String network(ApiClient client) {
        if (client.networkCode() == null) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "problem.orders.noNetwork", java.util.List.of(),
                    java.util.Map.of());
        }
        return client.networkCode();
    }

    private static <T> T required(@Nullable T body) {
        if (body == null) {
            throw ApiProblem.badRequest("problem.body.missing");
        }
        return body;
    }
}
