package io.kopilka.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.reporting.MonthFigures;
import io.kopilka.reporting.Overview;
import io.kopilka.reporting.ReportFilter;
import io.kopilka.reporting.Reports;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportingJobTest extends JobsIntegrationTest {

    @Autowired
    Reports reports;

    /** Far from the dates the other jobs' tests use, so the month holds this test's order only. */
    private final LocalDate asOf = LocalDate.of(2031, 3, 15);

    @Test
    void theFirstRunFillsEveryDayUpToTheDateAndTheNextDaysRunFillsOnlyThatDayAndTheOneBefore() {
        Customer buyer = newCustomer();
        buy(buyer, 2, "3000.00", OffsetDateTime.of(asOf.minusDays(1).atTime(12, 0), ZoneOffset.UTC));

        JobRun first = runToEnd("reporting", asOf);
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.processed()).as("days filled").isGreaterThan(2);
        assertThat(first.total()).isEqualTo(first.processed());

        JobRun next = runToEnd("reporting", asOf.plusDays(1));
        assertThat(next.status()).isEqualTo("COMPLETED");
        assertThat(next.processed()).as("the day before again, and the date").isEqualTo(2);

        Overview march = reports.overview(new ReportFilter(asOf.withDayOfMonth(1), asOf.plusDays(1), "gadgets"));
        MonthFigures figures = march.months().get(0);
        assertThat(figures.orders()).isEqualTo(1);
        assertThat(figures.identifiedOrders()).isEqualTo(1);
        assertThat(figures.revenue()).isEqualByComparingTo("6000.00");
        assertThat(march.freshness().daysUpTo()).isEqualTo(asOf.plusDays(1));
        assertThat(march.freshness().snapshotAsOf()).isEqualTo(asOf.plusDays(1));
        assertThat(march.members()).isPositive();
    }
}
