package io.kopilka.web.api.orders;

import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderRequest;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.web.api.ApiProblem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the Orders API as clients send them: every field may be missing, enum values arrive as text,
 * so that each mistake is answered naming its field instead of failing to read the body.
 */
final class OrderBody {

    private OrderBody() {
    }

    /** {@code Order} of api.md. */
    record OrderJson(@Nullable String externalId, @Nullable CustomerJson customer, @Nullable String channel,
                     @Nullable String region, @Nullable String store, @Nullable OffsetDateTime placedAt,
                     @Nullable List<LineJson> lines, @Nullable List<PaymentJson> payments) {

        OrderRequest toRequest() {
            List<ApiProblem.FieldProblem> problems = new ArrayList<>();
            Channel parsedChannel = parse(channel, Channel::valueOf, "channel", problems);
            List<Payment> parsedPayments = new ArrayList<>();
            List<PaymentJson> given = payments == null ? List.of() : payments;
            for (int i = 0; i < given.size(); i++) {
                PaymentJson payment = given.get(i);
                PaymentMethod method = payment == null ? null
                        : parse(payment.method(), PaymentMethod::valueOf, "payments[" + i + "].method", problems);
                parsedPayments.add(new Payment(method, payment == null ? null : payment.amount()));
            }
            if (!problems.isEmpty()) {
                throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "problem.invalidFields",
                        problems, java.util.Map.of());
            }
            return new OrderRequest(externalId, customer == null ? null : customer.toRef(), parsedChannel, region,
                    store, placedAt, OrderBody.lines(lines), parsedPayments);
        }
    }

    /** How an order names its customer. */
    record CustomerJson(@Nullable Long customerId, @Nullable String phone, @Nullable String card) {
        CustomerRef toRef() {
            return new CustomerRef(customerId, phone, card);
        }
    }

    /** An order line. */
    record LineJson(@Nullable String lineId, @Nullable String sku, @Nullable String name, @Nullable String category,
                    @Nullable String brand, @Nullable String supplier, @Nullable Integer quantity,
                    @Nullable BigDecimal unitPrice) {
    }

    /** A payment. */
    record PaymentJson(@Nullable String method, @Nullable BigDecimal amount) {
    }

    /** Units of a line. */
    record UnitsJson(@Nullable String lineId, @Nullable Integer quantity) {
    }

    /** {@code {status, at}}. */
    record StatusJson(@Nullable String status, @Nullable OffsetDateTime at) {
    }

    /** {@code {returnId, lines, at}}. */
    record ReturnJson(@Nullable String returnId, @Nullable List<UnitsJson> lines, @Nullable OffsetDateTime at) {
    }

    /** {@code {shipmentId, destination, lines, at}}. */
    record ShipmentJson(@Nullable String shipmentId, @Nullable String destination, @Nullable List<UnitsJson> lines,
                        @Nullable OffsetDateTime at) {
    }

    /** {@code {at}}. */
    record DeliveredJson(@Nullable OffsetDateTime at) {
    }

    /** {@code {revisionId, lines, reason, at}}. */
    record RevisionJson(@Nullable String revisionId, @Nullable List<LineJson> lines, @Nullable String reason,
                        @Nullable OffsetDateTime at) {
    }

    /** Lines as the module takes them; a missing quantity becomes 0, which the module refuses by name. */
    static List<BasketLine> lines(@Nullable List<LineJson> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().filter(Objects::nonNull).map(l -> new BasketLine(l.lineId(), l.sku(), l.name(),
                l.category(), l.brand(), l.supplier(), l.quantity() == null ? 0 : l.quantity(), l.unitPrice()))
                .toList();
    }

    static List<LineQuantity> units(@Nullable List<UnitsJson> units) {
        if (units == null) {
            return List.of();
        }
        return units.stream().filter(Objects::nonNull)
                .map(u -> new LineQuantity(u.lineId(), u.quantity() == null ? 0 : u.quantity())).toList();
    }

    private static <E extends Enum<E>> @Nullable E parse(@Nullable String value, Function<String, E> valueOf,
                                                        String field, List<ApiProblem.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ApiProblem.FieldProblem(field, "order.enum.unknown"));
            return null;
        }
    }
}
