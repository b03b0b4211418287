package io.kopilka.web.orders;

import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.OrderSummary;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PointsState;
import io.kopilka.promotions.Explanation;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Turns order summaries into rows of a list, reading an order's explanations only when it earned nothing. */
@Component
public class OrderListRows {

    /** How many orders a list shows. */
    public static final int LIST_SIZE = 100;

    private final Orders orders;
    private final OrderTexts texts;

    OrderListRows(Orders orders, OrderTexts texts) {
        this.orders = orders;
        this.texts = texts;
    }

    /** The rows of these orders, in their order. */
    public List<OrderRow> of(List<OrderSummary> summaries, Locale locale) {
        return summaries.stream().map(summary -> row(summary, locale)).toList();
    }

    private OrderRow row(OrderSummary order, Locale locale) {
        // only an order without points needs its calculation, to say why
        List<Explanation> explanations = order.pointsState() == PointsState.NONE
                ? orders.find(order.orderId()).map(OrderDetails::calculation).map(c -> c.explanations())
                        .orElse(List.of())
                : List.of();
        return new OrderRow(order.orderId().value(), order.externalId(), texts.date(order.placedAt(), locale),
                texts.network(order.network()), texts.status(order.status(), locale),
                texts.money(order.total(), locale), texts.signedOrDash(order.pointsAccrued(), locale),
                texts.signedOrDash(-order.pointsRedeemed(), locale), order.pointsState(),
                texts.pointsState(order.pointsState(), explanations, locale));
    }
}
