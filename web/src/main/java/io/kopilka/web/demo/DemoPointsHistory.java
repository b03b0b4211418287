package io.kopilka.web.demo;

import io.kopilka.customers.Customer;
import io.kopilka.ledger.Grant;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.PayoutRequest;
import io.kopilka.ledger.Reason;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.Orders;
import io.kopilka.orders.ReturnRequest;
import io.kopilka.orders.RevisionRequest;
import io.kopilka.orders.ShipmentRequest;
import io.kopilka.orders.StatusChange;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A few months of orders for the demo people, sent through the order processing exactly as integrations send them:
 * purchases in several networks and regions (one below its region's minimum, one over the monthly cap), deliveries
 * settled, points spent, a return, a cancellation, a service-centre revision, a B2B order delivered in batches to two
 * destinations, an anonymous purchase; plus promotional gifts about to expire and a payout waiting for finance.
 */
@Component
class DemoPointsHistory {

    private final Orders orders;
    private final Ledger ledger;
    private final AtomicInteger keys = new AtomicInteger();

    DemoPointsHistory(Orders orders, Ledger ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    void load(Customer anna, Customer boris, Customer vera, Customer buyer) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

        delivered(place("gadgets", "G-1001", anna, Channel.POS, "MSK", now.minusDays(95),
                List.of(line("1", "Смартфон Acme A5", "phones", "Acme", 1, "10000.00"))), now.minusDays(88));
        delivered(place("home", "H-2001", anna, Channel.WEB, "SPB", now.minusDays(40),
                List.of(line("1", "Чайник Bork K7", "kitchen", "Bork", 1, "6000.00"))), now.minusDays(33));
        gift(id(anna), "gadgets", 300, "Чёрная пятница", now.minusDays(20), now.plusDays(9));
        delivered(place("gadgets", "G-1002", anna, Channel.POS, "OTHER", now.minusDays(6),
                List.of(line("1", "Наушники Acme Buds", "audio", "Acme", 1, "2000.00")),
                pay(PaymentMethod.CARD, "1880.00"), pay(PaymentMethod.POINTS, "120")), now.minusDays(5));
        place("home", "H-2002", anna, Channel.APP, "SPB", now.minusDays(2),
                List.of(line("1", "Пылесос Vortex V2", "cleaning", "Vortex", 1, "5000.00")));

        delivered(place("gadgets", "G-1101", boris, Channel.POS, "MSK", now.minusDays(120),
                List.of(line("1", "Ноутбук Acme Book 14", "laptops", "Acme", 1, "40000.00"))), now.minusDays(110));
        String repair = place("service", "S-3001", boris, Channel.SERVICE_CENTRE, "OTHER", now.minusDays(70),
                List.of(line("diag", "Диагностика и ремонт ноутбука", "repair", null, 1, "12000.00")));
        orders.revise("service", repair, new RevisionRequest("S-3001-1",
                List.of(line("diag", "Диагностика", "repair", null, 1, "3000.00"),
                        line("screen", "Замена экрана", "repair", null, 1, "12000.00")),
                "Диагностика: нужна замена экрана", utc(now.minusDays(68))));
        delivered(repair, "service", now.minusDays(60));
        delivered(place("home", "H-2101", boris, Channel.POS, "MSK", now.minusDays(30),
                List.of(line("1", "Посудомоечная машина Bork D5", "kitchen", "Bork", 1, "12000.00")),
                pay(PaymentMethod.SBP, "11500.00"), pay(PaymentMethod.POINTS, "500")), now.minusDays(29));
        ledger.requestPayout(new PayoutRequest(op("gadgets", "payout.request", now.minusDays(3)), id(boris), 300));
        place("gadgets", "G-1102", boris, Channel.WEB, "SPB", now.minusDays(1),
                List.of(line("1", "Планшет Acme Tab", "tablets", "Acme", 1, "8000.00")));

        String big = place("gadgets", "G-1201", vera, Channel.POS, "MSK", now.minusDays(150),
                List.of(line("1", "Телевизор Acme Vision 65", "tv", "Acme", 1, "90000.00"),
                        line("2", "Кронштейн", "tv", "Mountly", 2, "3000.00")));
        delivered(big, "gadgets", now.minusDays(140));
        orders.registerReturn("gadgets", big, new ReturnRequest("G-1201-R1", List.of(new LineQuantity("2", 1)),
                utc(now.minusDays(130))));
        delivered(place("home", "H-2201", vera, Channel.WEB, "MSK", now.minusDays(80),
                List.of(line("1", "Холодильник Bork F9", "kitchen", "Bork", 1, "55000.00"))), now.minusDays(72));
        delivered(place("service", "S-3101", vera, Channel.SERVICE_CENTRE, "OTHER", now.minusDays(45),
                List.of(line("1", "Чистка и настройка", "repair", null, 1, "5000.00")),
                pay(PaymentMethod.CARD, "3000.00"), pay(PaymentMethod.POINTS, "2000")), now.minusDays(44));
        gift(id(vera), "gadgets", 1_000, "Новый год", now.minusDays(14), now.plusDays(16));
        place("gadgets", "G-1202", vera, Channel.APP, "MSK", now.minusDays(4),
                List.of(line("1", "Смарт-часы Acme Watch", "wearables", "Acme", 1, "27000.00")));
        String cancelled = place("gadgets", "G-1203", vera, Channel.WEB, "MSK", now.minusDays(3),
                List.of(line("1", "Игровая приставка", "games", "Playbox", 1, "12000.00")));
        orders.changeStatus("gadgets", cancelled, new StatusChange(OrderStatus.CANCELLED, utc(now.minusDays(3).plusHours(2))));

        String b2b = place("business", "B-5001", buyer, Channel.B2B, "SPB", now.minusDays(12),
                List.of(line("A", "Кабель USB-C, коробка", "accessories", "Acme", 60, "1000.00"),
                        line("B", "Зарядное устройство, коробка", "accessories", "Acme", 40, "1000.00")));
        ship(b2b, "B-5001-1", "Склад, Москва", now.minusDays(10), new LineQuantity("A", 30));
        orders.deliverShipment("business", b2b, "B-5001-1", now.minusDays(8));
        orders.settleDue(now.minusDays(8));
        ship(b2b, "B-5001-2", "Магазин, Тверь", now.minusDays(6), new LineQuantity("A", 30), new LineQuantity("B", 10));
        orders.deliverShipment("business", b2b, "B-5001-2", now.minusDays(3));
        orders.settleDue(now.minusDays(3));
        ship(b2b, "B-5001-3", "Склад, Москва", now.minusDays(1), new LineQuantity("B", 30));

        place("gadgets", "A-9001", null, Channel.POS, "MSK", now.minusDays(10),
                List.of(line("1", "Чехол", "accessories", "Acme", 1, "3500.00")));
    }

    private String place(String network, String externalId, @Nullable Customer customer, Channel channel,
                         String region, LocalDateTime at, List<BasketLine> lines, Payment... payments) {
        CustomerRef ref = customer == null ? null : new CustomerRef(id(customer), null, null);
        orders.place(network, new OrderRequest(externalId, ref, channel, region, null, utc(at), lines,
                List.of(payments)));
        return externalId;
    }

    private void delivered(String externalId, LocalDateTime at) {
        delivered(externalId, networkOf(externalId), at);
    }

    private void delivered(String externalId, String network, LocalDateTime at) {
        orders.changeStatus(network, externalId, new StatusChange(OrderStatus.DELIVERED, utc(at)));
        // The daily settlement of the delivery's day, so the history shows the points becoming available then.
        orders.settleDue(at);
    }

    private void ship(String externalId, String shipmentId, String destination, LocalDateTime at,
                      LineQuantity... units) {
        orders.ship("business", externalId, new ShipmentRequest(shipmentId, destination, List.of(units), utc(at)));
    }

    private void gift(long member, String network, long points, String promotion, LocalDateTime at,
                      LocalDateTime expiresAt) {
        ledger.grant(new Grant(op(network, "promotion.grant", at, "promotion", promotion), member, points, expiresAt));
    }

    private Operation op(String network, String reason, LocalDateTime at, String... params) {
        return new Operation("demo-" + keys.incrementAndGet(), network, Reason.of(reason, params), at);
    }

    private static String networkOf(String externalId) {
        return switch (externalId.charAt(0)) {
            case 'H' -> "home";
            case 'S' -> "service";
            case 'B' -> "business";
            default -> "gadgets";
        };
    }

    private static BasketLine line(String lineId, String name, String category, @Nullable String brand,
                                   int quantity, String price) {
        return new BasketLine(lineId, "SKU-" + Math.abs(name.hashCode() % 100000), name, category, brand, null,
                quantity, new BigDecimal(price));
    }

    private static Payment pay(PaymentMethod method, String amount) {
        return new Payment(method, new BigDecimal(amount));
    }

    private static long id(Customer customer) {
        return customer.customerId().value();
    }

    private static OffsetDateTime utc(LocalDateTime at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
