package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.PaymentMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentOrdersTest extends OrdersIntegrationTest {

    @Test
    void aNetworksLatestOrdersComeNewestFirstWithAnonymousOnesAndWithoutOtherNetworks() {
        Customer customer = customer("START");
        String older = newId();
        String anonymous = newId();
        String elsewhere = newId();
        orders.place("service", at(order(older, customer, Channel.SERVICE_CENTRE, "OTHER", List.of(line("1", 1, "6000.00")),
                pay(PaymentMethod.CARD, "6000.00")), 5));
        orders.place("service", at(order(anonymous, null, Channel.SERVICE_CENTRE, "OTHER", List.of(line("1", 1, "900.00")),
                pay(PaymentMethod.CASH, "900.00")), 6));
        orders.place("gadgets", at(order(elsewhere, customer, List.of(line("1", 1, "20000.00"))), 7));

        List<OrderSummary> recent = orders.recent("service", 2);

        assertThat(recent).extracting(OrderSummary::externalId).containsExactly(anonymous, older);
        assertThat(recent.get(0).customerId()).isNull();
        assertThat(recent.get(0).pointsState()).isEqualTo(PointsState.NONE);
        assertThat(recent.get(1).pointsAccrued()).isEqualTo(90);
        assertThat(recent.get(1).pointsState()).isEqualTo(PointsState.PENDING);
        assertThat(orders.recent("service", 500)).extracting(OrderSummary::externalId).doesNotContain(elsewhere);
    }

    /** The order placed {@code months} after T0, later than any other test's orders. */
    private static OrderRequest at(OrderRequest order, int months) {
        return new OrderRequest(order.externalId(), order.customer(), order.channel(), order.region(), order.store(),
                T0.plusMonths(months), order.lines(), order.payments());
    }
}
