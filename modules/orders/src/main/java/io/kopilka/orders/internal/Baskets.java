package io.kopilka.orders.internal;

import io.kopilka.customers.Customer;
import io.kopilka.db.tables.records.OrdersLineRecord;
import io.kopilka.orders.OrderRequest;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.promotions.Basket;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.CalculationInput;
import io.kopilka.promotions.LineCalculation;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.Shopper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns orders into the calculation's input, its canonical form for fingerprints, and its stored lines. */
final class Baskets {

    private Baskets() {
    }

    static CalculationInput input(String network, OrderRequest request, @Nullable Shopper shopper,
                                  Programme programme, LocalDateTime at) {
        return input(network, request.channel(), request.region(), request.lines(), request.payments(), shopper,
                programme, at);
    }

    static CalculationInput input(String network, io.kopilka.promotions.Channel channel, String regionCode,
                                  List<BasketLine> lines, List<Payment> payments, @Nullable Shopper shopper,
                                  Programme programme, LocalDateTime at) {
        Region region = programme.region(regionCode)
                .orElseThrow(() -> new IllegalStateException("No region " + regionCode));
        return new CalculationInput(new Basket(network, channel, regionCode, lines, payments), shopper, region,
                programme.policies(), at);
    }

    /** The request's content as "the same call" compares it: the customer resolved, times in UTC, amounts to kopecks. */
    static Object canonical(String network, OrderRequest request, Optional<Customer> customer) {
        return new CanonicalOrder(network, request.externalId(),
                customer.map(c -> c.customerId().value()).orElse(null), request.channel().name(), request.region(),
                request.store(), Times.utc(request.placedAt()).toString(), canonicalLines(request.lines()),
                request.payments().stream()
                        .map(p -> new Payment(p.method(), p.amount().setScale(2, RoundingMode.UNNECESSARY)))
                        .toList());
    }

    static List<BasketLine> canonicalLines(List<BasketLine> lines) {
        return lines.stream().map(l -> new BasketLine(l.lineId(), l.sku(), l.name(), l.category(), l.brand(),
                l.supplier(), l.quantity(), l.unitPrice().setScale(2, RoundingMode.UNNECESSARY))).toList();
    }

    static List<OrdersLineRecord> lineRecords(OrderRows rows, long orderId, List<BasketLine> lines,
                                              Calculation calculation) {
        Map<String, LineCalculation> results = calculation.lines().stream()
                .collect(Collectors.toMap(LineCalculation::lineId, Function.identity()));
        List<OrdersLineRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BasketLine line = lines.get(i);
            LineCalculation result = results.get(line.lineId());
            OrdersLineRecord record = rows.newLine();
            record.setOrderId(orderId);
            record.setLineNo(i + 1);
            record.setLineId(line.lineId());
            record.setSku(line.sku());
            record.setName(line.name());
            record.setCategory(line.category());
            record.setBrand(line.brand());
            record.setSupplier(line.supplier());
            record.setQuantity(line.quantity());
            record.setUnitPrice(line.unitPrice());
            record.setDiscount(result == null ? BigDecimal.ZERO : result.discount());
            record.setRedeemed(result == null ? 0 : result.redeemed());
            record.setCashback(result == null ? 0 : result.cashback());
            record.setShipped(0);
            record.setDelivered(0);
            record.setReturned(0);
            records.add(record);
        }
        return records;
    }

    /** The basket lines of stored lines. */
    static List<BasketLine> basketLines(List<OrdersLineRecord> lines) {
        return lines.stream().map(l -> new BasketLine(l.getLineId(), l.getSku(), l.getName(), l.getCategory(),
                l.getBrand(), l.getSupplier(), l.getQuantity(), l.getUnitPrice())).toList();
    }

    private record CanonicalOrder(String network, String externalId, @Nullable Long customerId, String channel,
                                  String region, @Nullable String store, String placedAt, List<BasketLine> lines,
                                  List<Payment> payments) {
    }
}
