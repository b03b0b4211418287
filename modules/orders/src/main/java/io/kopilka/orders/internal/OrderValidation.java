package io.kopilka.orders.internal;

import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderRequest;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The shape checks of requests, before anything is read or written: lengths, ranges, scales, unique line ids, known
 * region. Every refusal names the field by its path in the request (e.g. {@code lines[2].quantity}).
 */
final class OrderValidation {

    static final int ID_LENGTH = 64;
    static final int MAX_LINES = 500;
    static final int MAX_QUANTITY = 100_000;
    static final BigDecimal MAX_PRICE = new BigDecimal("100000000");
    static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000");
    private static final int EARLIEST_YEAR = 2000;
    private static final int LATEST_YEAR = 2100;

    private OrderValidation() {
    }

    /** Checks an order to calculate or place. */
    static void order(@Nullable OrderRequest order, Predicate<String> knownRegion) {
        FieldErrors errors = new FieldErrors();
        if (order == null) {
            errors.add("order", "order.field.required");
            errors.throwIfAny();
            return;
        }
        errors.text("externalId", order.externalId(), ID_LENGTH, true);
        customer(order.customer(), errors);
        if (order.channel() == null) {
            errors.add("channel", "order.field.required");
        }
        if (errors.text("region", order.region(), 32, true) && !knownRegion.test(order.region())) {
            errors.add("region", "order.region.unknown");
        }
        errors.text("store", order.store(), 100, false);
        time("placedAt", order.placedAt(), errors);
        lines("lines", order.lines(), errors, false);
        payments(order.payments(), errors);
        errors.throwIfAny();
        BigDecimal total = order.lines().stream().map(BasketLine::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(MAX_TOTAL) > 0) {
            errors.add("lines", "order.total.tooLarge");
        }
        errors.throwIfAny();
    }

    /** Checks revised lines (no lines at all only when the revision cancels). */
    static void revisedLines(@Nullable List<BasketLine> lines, boolean mayBeEmpty, FieldErrors errors) {
        lines("lines", lines, errors, mayBeEmpty);
    }

    /** Checks a business time. */
    static void time(String field, @Nullable OffsetDateTime at, FieldErrors errors) {
        if (at == null) {
            errors.add(field, "order.field.required");
        } else if (at.getYear() < EARLIEST_YEAR || at.getYear() > LATEST_YEAR) {
            errors.add(field, "order.time.range");
        }
    }

    /**
     * Checks units of lines (a return, a shipment): known lines, each once, 1 or more, at most what is left of the
     * line ({@code left} by line id).
     */
    static void units(@Nullable List<LineQuantity> units, Map<String, Integer> left, String tooManyCode,
                      FieldErrors errors) {
        if (units == null || units.isEmpty()) {
            errors.add("lines", "order.lines.empty");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            LineQuantity unit = units.get(i);
            String at = "lines[" + i + "]";
            if (unit == null || unit.lineId() == null) {
                errors.add(at + ".lineId", "order.field.required");
                continue;
            }
            if (!seen.add(unit.lineId())) {
                errors.add(at + ".lineId", "order.line.duplicate");
            } else if (!left.containsKey(unit.lineId())) {
                errors.add(at + ".lineId", "order.line.unknown");
            } else if (unit.quantity() < 1) {
                errors.add(at + ".quantity", "order.quantity.range");
            } else if (unit.quantity() > left.get(unit.lineId())) {
                errors.add(at + ".quantity", tooManyCode);
            }
        }
    }

    private static void customer(@Nullable CustomerRef customer, FieldErrors errors) {
        if (customer == null) {
            return;
        }
        int given = (customer.customerId() != null ? 1 : 0) + (blank(customer.phone()) ? 0 : 1)
                + (blank(customer.card()) ? 0 : 1);
        if (given != 1) {
            errors.add("customer", "order.customer.oneKey");
        }
        errors.text("customer.phone", customer.phone(), 32, false);
        errors.text("customer.card", customer.card(), 32, false);
    }

    private static void lines(String field, @Nullable List<BasketLine> lines, FieldErrors errors, boolean mayBeEmpty) {
        if (lines == null || lines.isEmpty()) {
            if (!mayBeEmpty) {
                errors.add(field, "order.lines.empty");
            }
            return;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(field, "order.lines.tooMany");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            BasketLine line = lines.get(i);
            String at = field + "[" + i + "]";
            if (line == null) {
                errors.add(at, "order.field.required");
                continue;
            }
            if (errors.text(at + ".lineId", line.lineId(), ID_LENGTH, true) && !ids.add(line.lineId())) {
                errors.add(at + ".lineId", "order.line.duplicate");
            }
            errors.text(at + ".sku", line.sku(), ID_LENGTH, true);
            errors.text(at + ".name", line.name(), 200, false);
            errors.text(at + ".category", line.category(), 100, false);
            errors.text(at + ".brand", line.brand(), 100, false);
            errors.text(at + ".supplier", line.supplier(), 100, false);
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                errors.add(at + ".quantity", "order.quantity.range");
            }
            errors.money(at + ".unitPrice", line.unitPrice(), MAX_PRICE);
        }
    }

    private static void payments(@Nullable List<Payment> payments, FieldErrors errors) {
        if (payments == null) {
            return;
        }
        if (payments.size() > 20) {
            errors.add("payments", "order.payments.tooMany");
            return;
        }
        for (int i = 0; i < payments.size(); i++) {
            Payment payment = payments.get(i);
            String at = "payments[" + i + "]";
            if (payment == null || payment.method() == null) {
                errors.add(at + ".method", "order.field.required");
                continue;
            }
            if (errors.money(at + ".amount", payment.amount(), MAX_TOTAL)
                    && payment.method() == PaymentMethod.POINTS
                    && payment.amount().stripTrailingZeros().scale() > 0) {
                errors.add(at + ".amount", "order.points.whole");
            }
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
