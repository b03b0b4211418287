package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerSegments;
import io.kopilka.customers.RfmScore;
import io.kopilka.customers.Segment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RfmJobTest extends JobsIntegrationTest {

    @Autowired
    CustomerSegments segments;

    /** People registered today (the clock's), so the business date is a few days ahead of it. */
    private final LocalDate asOf = LocalDate.now(ZoneOffset.UTC).plusDays(11);

    private void buyDaysBefore(Customer customer, int days, String amount) {
        buy(customer, 1, amount, OffsetDateTime.of(asOf.minusDays(days).atTime(8, 0), ZoneOffset.UTC));
    }

    @Test
    void aSmallHandMadeCrowdLandsInTheSegmentsItsPurchasesDescribe() {
        Customer newBuyer = newCustomer();
        buyDaysBefore(newBuyer, 11, "3000.00");
        Customer loyal = newCustomer();
        for (int days : new int[] {200, 150, 100, 60, 20}) {
            buyDaysBefore(loyal, days, "20000.00");
        }
        Customer active = newCustomer();
        buyDaysBefore(active, 200, "8000.00");
        buyDaysBefore(active, 40, "8000.00");
        Customer atRisk = newCustomer();
        buyDaysBefore(atRisk, 300, "12000.00");
        buyDaysBefore(atRisk, 120, "12000.00");
        Customer churned = newCustomer();
        buyDaysBefore(churned, 400, "70000.00");
        Customer neverBought = newCustomer();

        JobRun run = runToEnd("rfm", asOf);

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.processed()).isEqualTo(customers.count());
        assertThat(segment(newBuyer)).isEqualTo(Segment.NEW);
        assertThat(segments.segmentOf(loyal.customerId())).contains(new RfmScore(Segment.LOYAL, 5, 4, 4, asOf));
        assertThat(segments.segmentOf(active.customerId())).contains(new RfmScore(Segment.ACTIVE, 4, 2, 3, asOf));
        assertThat(segments.segmentOf(atRisk.customerId())).contains(new RfmScore(Segment.AT_RISK, 3, 2, 3, asOf));
        assertThat(segments.segmentOf(churned.customerId())).contains(new RfmScore(Segment.CHURNED, 1, 0, 0, asOf));
        assertThat(segments.segmentOf(neverBought.customerId())).contains(new RfmScore(Segment.NEW, 0, 0, 0, asOf));

        Map<Segment, Long> sizes = segments.segmentSizes();
        assertThat(sizes.keySet()).containsExactly(Segment.values());
        assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(customers.count());
        assertThat(sizes.get(Segment.LOYAL)).isPositive();
    }

    private Segment segment(Customer customer) {
        return segments.segmentOf(customer.customerId()).orElseThrow().segment();
    }
}
