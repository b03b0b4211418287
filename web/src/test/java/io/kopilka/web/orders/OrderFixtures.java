package io.kopilka.web.orders;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.orders.ShipmentRequest;
import io.kopilka.orders.StatusChange;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.web.cabinet.CabinetPeople;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh people and their orders for the order pages' tests, placed through the Orders module as integrations do. */
public final class OrderFixtures {

    private static final AtomicInteger INNS = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final Orders orders;
    private final Customers customers;
    private final Accounts accounts;

    public OrderFixtures(Orders orders, Customers customers, Accounts accounts) {
        this.orders = orders;
        this.customers = customers;
        this.accounts = accounts;
    }

    /** A new company with its first buyer, who signs in with their phone and {@link CabinetPeople#PASSWORD}. */
    public Customer newCompanyBuyer() {
        String phone = "+7996" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String inn = inn(INNS.incrementAndGet());
        accounts.register(new NewAccount(phone, CabinetPeople.PASSWORD, "Пётр Закупкин", Set.of(Role.B2B_BUYER)));
        Customer buyer = customers.register(new NewCustomer(phone, null, "Пётр", "Закупкин", null, Consents.none(),
                new NewCompany(inn, "ООО Тест " + inn, null)));
        return customers.find(buyer.customerId()).orElseThrow();
    }

    /** Places an order of one line for the customer, {@code daysAgo} days ago, paid by card plus {@code points}. */
    public PlacedOrder place(Customer customer, String network, Channel channel, String region, String name,
                             int quantity, String unitPrice, long points, int daysAgo) {
        return place(customer, network, channel, region, List.of(new BasketLine("1", "SKU-" + name.hashCode(), name,
                "phones", "Acme", "Supplier", quantity, new BigDecimal(unitPrice))), points, daysAgo);
    }

    /** Places an order of these lines for the customer (null: anonymous), {@code daysAgo} days ago. */
    public PlacedOrder place(Customer customer, String network, Channel channel, String region, List<BasketLine> lines,
                             long points, int daysAgo) {
        List<Payment> payments = new ArrayList<>();
        if (points > 0) {
            payments.add(new Payment(PaymentMethod.POINTS, BigDecimal.valueOf(points)));
        }
        CustomerRef ref = customer == null ? null : new CustomerRef(customer.customerId().value(), null, null);
        return orders.place(network, new OrderRequest(newId(), ref, channel, region, "Магазин 1", daysAgo(daysAgo),
                lines, payments));
    }

    /** Marks the order delivered {@code daysAgo} days ago and runs the settlement for that day. */
    public void deliverAndSettle(String network, String externalId, int daysAgo) {
        orders.changeStatus(network, externalId, new StatusChange(OrderStatus.DELIVERED, daysAgo(daysAgo)));
        orders.settleDue(daysAgo(daysAgo).toLocalDateTime().plusHours(1));
    }

    /** Ships units of line "1" to a destination. */
    public void ship(String network, String externalId, String shipmentId, String destination, int quantity,
                     int daysAgo) {
        orders.ship(network, externalId, new ShipmentRequest(shipmentId, destination,
                List.of(new LineQuantity("1", quantity)), daysAgo(daysAgo)));
    }

    /** Delivers a batch and runs the settlement for that day. */
    public void deliverBatchAndSettle(String network, String externalId, String shipmentId, int daysAgo) {
        LocalDateTime at = daysAgo(daysAgo).toLocalDateTime();
        orders.deliverShipment(network, externalId, shipmentId, at);
        orders.settleDue(at.plusHours(1));
    }

    public static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusDays(days);
    }

    public static String newId() {
        return "W-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A 10-digit company INN with a valid check digit, from a serial number. */
    private static String inn(int serial) {
        String base = String.format("78%07d", serial % 10_000_000).substring(0, 9);
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        return base + (sum % 11 % 10);
    }
}
