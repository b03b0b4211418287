package io.kopilka.web.api.orders;

import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.PointsState;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Payment;
import io.kopilka.web.points.CalculationTexts;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The JSON answers of the Orders API. */
final class OrderReplies {

    private OrderReplies() {
    }

    /** {@code Calculation} of api.md, explanations in the request's language. */
    record CalculationJson(BigDecimal subtotal, BigDecimal discount, BigDecimal total, List<LineResultJson> lines,
                           long pointsToAccrue, long maxRedeemable, long pointsRedeemed,
                           List<PromotionJson> promotions, List<ExplanationJson> explanations) {

        static CalculationJson of(Calculation c, CalculationTexts texts, Locale locale) {
            return new CalculationJson(c.subtotal(), c.discount(), c.total(),
                    c.lines().stream().map(l -> new LineResultJson(l.lineId(), l.discount(), l.cashback(),
                            l.redeemed())).toList(),
                    c.pointsToAccrue(), c.maxRedeemable(), c.pointsRedeemed(),
                    c.promotions().stream().map(p -> new PromotionJson(p.promotionId(), p.name(),
                            texts.message(p.effect(), locale))).toList(),
                    c.explanations().stream().map(e -> new ExplanationJson(e.code(), texts.message(e, locale)))
                            .toList());
        }
    }

    record LineResultJson(String lineId, BigDecimal discount, long cashback, long redeemed) {
    }

    record PromotionJson(String promotionId, String name, String effect) {
    }

    record ExplanationJson(String code, String message) {
    }

    /** The answer to placing an order. */
    record PlacedJson(long orderId, String externalId, OrderStatus status, CalculationJson calculation) {
    }

    /** An order as {@code GET /api/v1/orders/{externalId}} shows it. */
    record OrderJson(long orderId, String externalId, @Nullable Long customerId, String channel, String region,
                     @Nullable String store, OffsetDateTime placedAt, OrderStatus status, PointsState pointsState,
                     BigDecimal subtotal, BigDecimal discount, BigDecimal total, long pointsAccrued,
                     long pointsSettled, long pointsRedeemed, List<LineJson> lines, List<Payment> payments,
                     List<ShipmentJson> shipments, List<ReturnJson> returns, List<RevisionJson> revisions,
                     List<ExplanationJson> explanations) {

        static OrderJson of(OrderDetails o, CalculationTexts texts, Locale locale) {
            return new OrderJson(o.orderId().value(), o.externalId(), o.customerId(), o.channel().name(), o.region(),
                    o.store(), utc(o.placedAt()), o.status(), o.pointsState(), o.calculation().subtotal(),
                    o.calculation().discount(), o.calculation().total(), o.pointsAccrued(), o.pointsSettled(),
                    o.pointsRedeemed(),
                    o.lines().stream().map(l -> new LineJson(l.lineId(), l.sku(), l.name(), l.quantity(),
                            l.unitPrice(), l.discount(), l.cashback(), l.redeemed(), l.quantity(), l.shipped(),
                            l.delivered(), l.returned())).toList(),
                    o.payments(),
                    o.shipments().stream().map(s -> new ShipmentJson(s.shipmentId(), s.destination(),
                            utc(s.shippedAt()), utcOrNull(s.deliveredAt()), utcOrNull(s.settledAt()), s.points(),
                            s.lines())).toList(),
                    o.returns().stream().map(r -> new ReturnJson(r.returnId(), utc(r.at()), r.lines(), r.amount(),
                            r.pointsTakenBack(), r.pointsGivenBack())).toList(),
                    o.revisions().stream().map(r -> new RevisionJson(r.revisionId(), r.reason(), utc(r.at()),
                            r.totalBefore(), r.totalAfter(), r.cashbackBefore(), r.cashbackAfter())).toList(),
                    o.calculation().explanations().stream()
                            .map(e -> new ExplanationJson(e.code(), texts.message(e, locale))).toList());
        }
    }

    record LineJson(String lineId, String sku, @Nullable String name, int quantity, BigDecimal unitPrice,
                    BigDecimal discount, long cashback, long redeemed, int ordered, int shipped, int delivered,
                    int returned) {
    }

    record ShipmentJson(String shipmentId, String destination, OffsetDateTime shippedAt,
                        @Nullable OffsetDateTime deliveredAt, @Nullable OffsetDateTime settledAt, long points,
                        List<LineQuantity> lines) {
    }

    record ReturnJson(String returnId, OffsetDateTime at, List<LineQuantity> lines, BigDecimal amount,
                      long pointsTakenBack, long pointsGivenBack) {
    }

    record RevisionJson(String revisionId, String reason, OffsetDateTime at, BigDecimal totalBefore,
                        BigDecimal totalAfter, long cashbackBefore, long cashbackAfter) {
    }

    /** What a status change did. */
    record StatusChangedJson(String externalId, OrderStatus status, long pointsVoided, long pointsGivenBack,
                             long pointsDue) {
        static StatusChangedJson of(io.kopilka.orders.StatusResult r) {
            return new StatusChangedJson(r.externalId(), r.status(), r.pointsVoided(), r.pointsGivenBack(),
                    r.pointsDue());
        }
    }

    /** What a return did. */
    record ReturnedJson(String returnId, BigDecimal amountReturned, long pointsTakenBack, long pointsGivenBack,
                        long debtRecorded) {
        static ReturnedJson of(io.kopilka.orders.ReturnResult r) {
            return new ReturnedJson(r.returnId(), r.amountReturned(), r.pointsTakenBack(), r.pointsGivenBack(),
                    r.debtRecorded());
        }
    }

    /** A shipped batch. */
    record ShippedJson(String shipmentId, String destination, List<LineQuantity> lines, long points) {
        static ShippedJson of(io.kopilka.orders.ShipmentResult r) {
            return new ShippedJson(r.shipmentId(), r.destination(), r.lines(), r.points());
        }
    }

    /** A delivered batch. */
    record DeliveredBatchJson(String shipmentId, long pointsDue, OrderStatus orderStatus) {
        static DeliveredBatchJson of(io.kopilka.orders.DeliveryResult r) {
            return new DeliveredBatchJson(r.shipmentId(), r.pointsDue(), r.orderStatus());
        }
    }

    static OffsetDateTime utc(LocalDateTime at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static @Nullable OffsetDateTime utcOrNull(@Nullable LocalDateTime at) {
        return at == null ? null : utc(at);
    }
}
