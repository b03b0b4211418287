package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.ledger.Balances;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.PaymentMethod;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bank test of order processing: many threads place, repeat, cancel, deliver, return and settle orders of a few
 * shared customers at random, keeping their own account of every point from the answers they get. At the end the
 * ledger's invariants hold, each customer's points equal that independent account, and equal the orders' own books.
 */
class OrderLedgerInvariantsTest extends OrdersIntegrationTest {

    private static final int THREADS = 6;
    private static final int STEPS_PER_THREAD = 40;
    private static final long GRANT = 20_000;

    @Test
    void concurrentRandomOrderTrafficNeitherLosesNorInventsAPoint() throws Exception {
        List<Customer> people = List.of(customer("START"), customer("SILVER"), customer("GOLD"));
        Map<Long, AtomicLong> model = new ConcurrentHashMap<>();
        for (Customer person : people) {
            grant(id(person), GRANT);
            model.put(id(person), new AtomicLong(GRANT));
        }
        List<String> placed = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> owner = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1000L + t;
            runs.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int step = 0; step < STEPS_PER_THREAD; step++) {
                    step(random, people, model, placed, owner);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        orders.settleDue(LocalDateTime.of(2026, 12, 31, 0, 0));

        assertThat(ledger.check().ok()).isTrue();
        for (Customer person : people) {
            Balances balances = balances(id(person));
            long held = balances.available() + balances.pending() - balances.debt();
            assertThat(held).as("points of %s against the clients' own account", person.phone())
                    .isEqualTo(model.get(id(person)).get());
            long books = orders.ordersOfCustomer(id(person), 500).stream()
                    .mapToLong(o -> o.pointsAccrued() - o.pointsRedeemed()).sum();
            assertThat(held).as("points against the orders' books").isEqualTo(GRANT + books);
        }
    }

    private void step(Random random, List<Customer> people, Map<Long, AtomicLong> model, List<String> placed,
                      Map<String, Long> owner) {
        int dice = random.nextInt(10);
        if (dice < 4 || placed.isEmpty()) {
            Customer person = people.get(random.nextInt(people.size()));
            String id = newId();
            int quantity = 1 + random.nextInt(4);
            String price = (2000 + random.nextInt(20) * 500) + ".00";
            BasketLine line = line("1", quantity, price);
            long redeem = random.nextBoolean() ? random.nextInt(3000) : 0;
            java.math.BigDecimal total = new java.math.BigDecimal(price).multiply(java.math.BigDecimal.valueOf(quantity));
            OrderRequest request = redeem == 0
                    ? order(id, person, List.of(line))
                    : order(id, person, List.of(line), pay(PaymentMethod.CARD,
                            total.subtract(java.math.BigDecimal.valueOf(redeem)).max(java.math.BigDecimal.ZERO).toPlainString()),
                            pay(PaymentMethod.POINTS, String.valueOf(Math.min(redeem, total.longValue()))));
            PlacedOrder first = orders.place("gadgets", request);
            model.get(id(person)).addAndGet(first.calculation().pointsToAccrue() - first.calculation().pointsRedeemed());
            PlacedOrder again = orders.place("gadgets", request);
            assertThat(again.replayed()).isTrue();
            placed.add(id);
            owner.put(id, id(person));
            return;
        }
        String id = placed.get(random.nextInt(placed.size()));
        AtomicLong account = model.get(owner.get(id));
        try {
            switch (dice) {
                case 4 -> {
                    StatusResult cancelled = orders.changeStatus("gadgets", id,
                            new StatusChange(OrderStatus.CANCELLED, T0.plusHours(1)));
                    if (!cancelled.replayed()) {
                        account.addAndGet(-cancelled.pointsVoided() + cancelled.pointsGivenBack());
                    }
                }
                case 5, 6 -> orders.changeStatus("gadgets", id, new StatusChange(OrderStatus.DELIVERED, T0.plusDays(1)));
                case 7, 8 -> {
                    ReturnResult returned = orders.registerReturn("gadgets", id, new ReturnRequest("R-" + random.nextInt(3),
                            List.of(new LineQuantity("1", 1)), T0.plusDays(2)));
                    if (!returned.replayed()) {
                        account.addAndGet(-returned.pointsTakenBack() + returned.pointsGivenBack());
                    }
                }
                default -> orders.settleDue(LocalDateTime.of(2026, 3, 11, 12, 0));
            }
        } catch (OrderConflictException | InvalidOrderException refused) {
            // Refused calls (cancelling a delivered order, returning more than bought, an id reused) change nothing.
        }
    }
}
