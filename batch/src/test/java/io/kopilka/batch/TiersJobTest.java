package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.TierChange;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.OrderStatus;
import io.kopilka.orders.ReturnRequest;
import io.kopilka.orders.StatusChange;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TiersJobTest extends JobsIntegrationTest {

    private String tier(Customer customer) {
        return customers.find(customer.customerId()).orElseThrow().tier().code();
    }

    @Test
    void exactlyTheThresholdKeepsSilverAndAReturnThatDropsTheSumBelowItLowersTheTier() {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);
        Customer exactly = newCustomer();
        buy(exactly, 1, "50000.00", at);
        Customer justBelow = newCustomer();
        buy(justBelow, 1, "49999.99", at);
        Customer returned = newCustomer();
        String order = buy(returned, 2, "25000.00", at);
        orders.changeStatus("gadgets", order, new StatusChange(OrderStatus.DELIVERED, at.plusDays(1)));
        orders.registerReturn("gadgets", order, new ReturnRequest("R1", List.of(new LineQuantity("1", 1)), at.plusDays(3)));
        assertThat(tier(returned)).as("a return does not lower the tier at once").isEqualTo("SILVER");

        JobRun run = runToEnd("tiers", LocalDate.of(2026, 3, 20));

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.total()).isNotNull();
        assertThat(run.processed()).isEqualTo(run.total());
        assertThat(tier(exactly)).isEqualTo("SILVER");
        assertThat(tier(justBelow)).isEqualTo("START");
        assertThat(tier(returned)).isEqualTo("START");
        assertThat(customers.tierHistory(returned.customerId())).contains(
                new TierChange("SILVER", "START", "PURCHASES_IN_WINDOW", LocalDate.of(2026, 3, 20).atTime(23, 59, 59)));
    }

    @Test
    void theWindowRollingPastAPurchaseLowersTheTierOnTheDayItLeaves() {
        Customer customer = newCustomer();
        buy(customer, 1, "60000.00", OffsetDateTime.of(2025, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(tier(customer)).isEqualTo("SILVER");

        runToEnd("tiers", LocalDate.of(2026, 1, 14));
        assertThat(tier(customer)).as("12 months back from 14 January 2026 still include 15 January 2025").isEqualTo("SILVER");

        runToEnd("tiers", LocalDate.of(2026, 1, 15));
        assertThat(tier(customer)).isEqualTo("START");
        int changes = customers.tierHistory(customer.customerId()).size();

        // The date done again changes nothing, not even the history.
        assertThat(jobs.start("tiers", LocalDate.of(2026, 1, 15)).status()).isEqualTo("COMPLETED");
        assertThat(customers.tierHistory(customer.customerId())).hasSize(changes);
    }
}
