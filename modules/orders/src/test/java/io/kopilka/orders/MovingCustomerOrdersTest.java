package io.kopilka.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.ledger.MemberMove;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.promotions.Channel;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MovingCustomerOrdersTest extends OrdersIntegrationTest {

    /** What the merge use case does with the two modules: points and orders of the duplicate to the kept person. */
    private CustomerOrdersMoved merge(Customer duplicate, Customer kept) {
        ledger.moveMember(new MemberMove(new Operation("merge-" + UUID.randomUUID(), "portal",
                Reason.of("customer.merge"), T0.toLocalDateTime().plusDays(1)), id(duplicate), id(kept)));
        return orders.moveCustomer(id(duplicate), id(kept), id(duplicate), id(kept));
    }

    @Test
    void theDuplicatesOrdersAndTheirLaterSettlementAndCancellationFollowTheKeptPerson() {
        Customer duplicate = customer("START");
        Customer kept = customer("START");
        String delivered = newId();
        String open = newId();
        String keptsOwn = newId();
        orders.place("gadgets", order(delivered, duplicate, List.of(line("1", 1, "20000.00"))));
        orders.changeStatus("gadgets", delivered, new StatusChange(OrderStatus.DELIVERED, T0.plusDays(2)));
        orders.place("gadgets", order(open, duplicate, List.of(line("1", 1, "12000.00"))));
        orders.place("gadgets", order(keptsOwn, kept, List.of(line("1", 1, "11000.00"))));

        CustomerOrdersMoved moved = merge(duplicate, kept);

        assertThat(moved).isEqualTo(new CustomerOrdersMoved(2, 1));
        assertThat(orders.ordersOfCustomer(id(duplicate), 10)).isEmpty();
        assertThat(orders.ordersOfMember(id(duplicate), 10)).isEmpty();
        assertThat(orders.ordersOfCustomer(id(kept), 10)).extracting(OrderSummary::externalId)
                .containsExactlyInAnyOrder(delivered, open, keptsOwn);
        assertThat(orders.ordersOfMember(id(kept), 10)).hasSize(3);
        assertThat(orders.purchasesSince(id(kept), T0.toLocalDate().minusDays(1))).isEqualByComparingTo("43000.00");

        orders.settleDue(LocalDateTime.of(2026, 3, 13, 0, 0));
        assertThat(balances(id(kept)).available()).isEqualTo(300);
        orders.changeStatus("gadgets", open, new StatusChange(OrderStatus.CANCELLED, T0.plusDays(3)));
        assertThat(balances(id(kept)).pending()).isEqualTo(165);
        assertThat(balances(id(duplicate))).extracting(b -> b.available() + b.pending() + b.debt()).isEqualTo(0L);
        assertThat(ledger.check().ok()).isTrue();
    }

    @Test
    void aBuyersCompanyOrdersKeepTheCompanysPointsAccount() {
        Customer buyer = buyer();
        Customer kept = customer("START");
        long company = buyer.company().companyId().value();
        String b2b = newId();
        String own = newId();
        orders.place("business", order(b2b, buyer, Channel.B2B, "SPB", List.of(line("1", 10, "1000.00"))));
        orders.place("gadgets", order(own, buyer, List.of(line("1", 1, "12000.00"))));

        CustomerOrdersMoved moved = orders.moveCustomer(id(buyer), id(kept), id(buyer), id(kept));

        assertThat(moved.orders()).isEqualTo(2);
        assertThat(orders.ordersOfMember(company, 10)).extracting(OrderSummary::externalId).containsExactly(b2b);
        assertThat(orders.ordersOfMember(id(kept), 10)).extracting(OrderSummary::externalId).containsExactly(own);
        assertThat(orders.ordersOfCustomer(id(kept), 10)).hasSize(2);
    }

    @Test
    void anOrderNamingTheDuplicatesIdLandsOnTheKeptPerson() {
        Customer duplicate = customer("START");
        Customer kept = customer("START");
        customers.merge(kept.customerId(), duplicate.customerId(), T0.toLocalDateTime());
        String later = newId();

        orders.place("gadgets", order(later, duplicate, List.of(line("1", 1, "12000.00"))));

        assertThat(orders.find("gadgets", later).orElseThrow().customerId()).isEqualTo(id(kept));
        assertThat(balances(id(kept)).pending()).isEqualTo(180);
    }
}
