package io.kopilka.web.orders;

import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderDetails;
import io.kopilka.orders.OrderLine;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.Shipment;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.web.points.CalculationTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts an order into a page's model as an {@link OrderView} named {@code order}. */
@Component
public class OrderPageModel {

    private final OrderTexts texts;
    private final CalculationTexts calculations;
    private final Programme programme;

    OrderPageModel(OrderTexts texts, CalculationTexts calculations, Programme programme) {
        this.texts = texts;
        this.calculations = calculations;
        this.programme = programme;
    }

    /** Adds the order to the model. */
    public void order(OrderDetails order, Locale locale, Model model) {
        model.addAttribute("order", view(order, locale));
    }

    /** The order in words. */
    public OrderView view(OrderDetails order, Locale locale) {
        Map<String, String> names = order.lines().stream()
                .collect(Collectors.toMap(OrderLine::lineId, OrderPageModel::name, (a, b) -> a, LinkedHashMap::new));
        Function<List<LineQuantity>, List<OrderView.Units>> units = quantities -> quantities.stream()
                .map(q -> new OrderView.Units(q.lineId(), names.getOrDefault(q.lineId(), q.lineId()), q.quantity()))
                .toList();
        long pending = order.status() == OrderStatus.CANCELLED ? 0
                : Math.max(0, order.pointsAccrued() - order.pointsSettled());
        return new OrderView(order.orderId().value(), order.externalId(), texts.dateTime(order.placedAt(), locale),
                texts.network(order.network()), texts.message("orders.channel." + order.channel().name(), locale),
                programme.region(order.region()).map(Region::name).orElse(order.region()), order.store(),
                texts.status(order.status(), locale), order.pointsState(),
                texts.pointsState(order.pointsState(), order.calculation().explanations(), locale),
                texts.money(order.calculation().subtotal(), locale),
                texts.money(order.calculation().discount(), locale), texts.money(order.calculation().total(), locale),
                texts.money(order.calculation().paidWithMoney(), locale), texts.points(order.pointsAccrued(), locale),
                texts.points(order.pointsRedeemed(), locale), texts.points(order.pointsSettled(), locale),
                texts.points(pending, locale), texts.number(order.pointsSettled(), locale),
                texts.unit(order.pointsSettled(), locale), texts.number(pending, locale), texts.unit(pending, locale),
                order.pointsAccrued(), order.pointsSettled(), order.customerId(),
                order.lines().stream().map(line -> line(line, locale)).toList(),
                order.payments().stream().map(payment -> payment(payment, locale)).toList(),
                order.calculation().explanations().stream().map(e -> new OrderView.Reason(
                        calculations.message(e, locale), OrderTexts.explainsMissingPoints(e))).toList(),
                destinations(order.shipments(), units, locale),
                order.returns().stream().map(r -> new OrderView.Returned(r.returnId(), texts.dateTime(r.at(), locale),
                        units.apply(r.lines()), texts.money(r.amount(), locale),
                        texts.points(r.pointsTakenBack(), locale), texts.points(r.pointsGivenBack(), locale))).toList(),
                order.revisions().stream().map(r -> new OrderView.Revised(r.revisionId(),
                        texts.messageOr("orders.revision.reason." + r.reason(), r.reason(), locale),
                        texts.dateTime(r.at(), locale), texts.money(r.totalBefore(), locale),
                        texts.money(r.totalAfter(), locale), texts.points(r.cashbackBefore(), locale),
                        texts.points(r.cashbackAfter(), locale))).toList());
    }

    private OrderView.Line line(OrderLine line, Locale locale) {
        return new OrderView.Line(line.lineId(), name(line), line.sku(), line.brand(), line.quantity(),
                texts.money(line.unitPrice(), locale), texts.money(line.discount(), locale),
                texts.signedOrDash(-line.redeemed(), locale), texts.signedOrDash(line.cashback(), locale),
                line.shipped(), line.delivered(), line.returned());
    }

    private String payment(Payment payment, Locale locale) {
        String method = texts.message("orders.payment." + payment.method().name(), locale);
        String amount = payment.method() == PaymentMethod.POINTS
                ? texts.points(payment.amount().longValue(), locale) : texts.money(payment.amount(), locale);
        return method + ": " + amount;
    }

    /** The shipments grouped by destination, destinations in the order of their first batch. */
    private List<OrderView.Destination> destinations(List<Shipment> shipments,
                                                     Function<List<LineQuantity>, List<OrderView.Units>> units,
                                                     Locale locale) {
        Map<String, List<Shipment>> byDestination = new LinkedHashMap<>();
        shipments.forEach(s -> byDestination.computeIfAbsent(s.destination(), d -> new ArrayList<>()).add(s));
        return byDestination.entrySet().stream().map(entry -> new OrderView.Destination(entry.getKey(),
                entry.getValue().stream().map(s -> new OrderView.Batch(s.shipmentId(), texts.dateTime(s.shippedAt(), locale),
                        s.deliveredAt() == null ? null : texts.dateTime(s.deliveredAt(), locale),
                        s.settledAt() == null ? null : texts.dateTime(s.settledAt(), locale),
                        texts.points(s.points(), locale), units.apply(s.lines()))).toList(),
                texts.points(entry.getValue().stream().mapToLong(Shipment::points).sum(), locale),
                entry.getValue().stream().flatMap(s -> s.lines().stream()).mapToInt(LineQuantity::quantity).sum()))
                .toList();
    }

    private static String name(OrderLine line) {
        return line.name() == null || line.name().isBlank() ? line.sku() : line.name();
    }
}
