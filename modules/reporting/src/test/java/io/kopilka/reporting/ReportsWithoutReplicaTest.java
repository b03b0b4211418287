package io.kopilka.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.ReplicaReads;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsWithoutReplicaTest extends ReportingIntegrationTest {

    @Autowired
    @ReplicaReads
    DSLContext replicaReads;

    @Autowired
    DSLContext primary;

    @Test
    void withoutAReplicaTheReportReadsWhatTheRollUpHasJustWritten() {
        LocalDate day = LocalDate.of(2019, 6, 30);

        rollUp.fillDays(day, day);

        assertThat(replicaReads).isSameAs(primary);
        assertThat(reports.overview(new ReportFilter(day.withDayOfMonth(1), day, null)).freshness().daysUpTo())
                .isEqualTo(day);
    }
}
