package io.kopilka.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the overview on a hand-made programme whose answers are worked out in the comments: people A, B, C
 * and F (D is a duplicate merged into A, E registers after the snapshot date), eight orders in two networks, a dozen
 * ledger transfers. The snapshot date is 28.02.2025.
 */
class ProgrammeFiguresTest extends ReportingIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 28);
    private static boolean made;

    @BeforeEach
    void handMadeProgramme() {
        if (made) {
            return;
        }
        made = true;
        HandMadeProgramme p = new HandMadeProgramme(jdbc);
        long a = p.person("2025-01-10", "SILVER");
        long b = p.person("2025-01-20", "START");
        long c = p.person("2025-02-05", "GOLD");
        long d = p.person("2025-02-10", "START");
        p.mergedInto(d, a);
        p.person("2025-03-05", "START");
        long f = p.person("2023-06-01", "START");
        p.tierChange(a, null, "START", "2025-01-10");
        p.tierChange(a, "START", "SILVER", "2025-02-15");
        p.tierChange(b, null, "START", "2025-01-20");
        p.tierChange(c, null, "START", "2025-02-05");
        p.tierChange(c, "START", "GOLD", "2025-03-10");

        p.order("gadgets", a, "2025-01-15", "1000.00", "0", "DELIVERED");
        p.order("gadgets", a, "2025-02-01", "2000.00", "500.00", "DELIVERED");
        p.order("home", a, "2025-02-03", "3000.00", "0", "DELIVERED");
        p.order("gadgets", null, "2025-02-04", "400.00", "0", "DELIVERED");
        p.order("home", b, "2025-02-05", "700.00", "0", "CANCELLED");
        p.order("home", b, "2025-02-06", "800.00", "0", "PAID");
        p.order("gadgets", c, "2025-02-20", "1500.00", "0", "PLACED");
        p.order("gadgets", f, "2023-11-01", "900.00", "0", "DELIVERED");

        p.transfer("ACCRUAL", "gadgets", "2025-01-15", "ISSUED", null, -100L, "PENDING", a, 100L);
        long released = p.transfer("RELEASE", "gadgets", "2025-01-20", "PENDING", a, -100L, "AVAILABLE", a, 100L);
        p.lot(released, 2, a, "gadgets", 100, 40, "2026-01-20");
        long spentAtHome = p.transfer("REDEMPTION", "home", "2025-02-03", "AVAILABLE", a, -60L, "REDEEMED", null, 60L);
        p.lotUse(spentAtHome, released, 2, 60);
        p.transfer("ACCRUAL", "home", "2025-02-03", "ISSUED", null, -150L, "PENDING", a, 150L);
        long granted = p.transfer("GRANT", "gadgets", "2025-02-20", "ISSUED", null, -50L, "AVAILABLE", c, 50L);
        p.lot(granted, 2, c, "gadgets", 50, 0, "2025-02-25");
        long spent = p.transfer("REDEMPTION", "gadgets", "2025-02-21", "AVAILABLE", c, -30L, "REDEEMED", null, 30L);
        p.lotUse(spent, granted, 2, 30);
        long expired = p.transfer("EXPIRY", "*", "2025-02-25", "AVAILABLE", c, -20L, "EXPIRED", null, 20L);
        p.lotUse(expired, granted, 2, 20);
        p.transfer("ACCRUAL", "gadgets", "2025-02-20", "ISSUED", null, -75L, "PENDING", c, 75L);
        p.transfer("ACCRUAL", "home", "2025-02-06", "ISSUED", null, -8L, "PENDING", b, 8L);
        p.transfer("VOID", "home", "2025-02-07", "PENDING", b, -8L, "ISSUED", null, 8L);
        p.transfer("ACCRUAL", "gadgets", "2023-11-01", "ISSUED", null, -40L, "PENDING", f, 40L);
        // After the snapshot date: B's balance today is 5, at the end of February it was 0.
        p.transfer("ACCRUAL", "home", "2025-03-02", "ISSUED", null, -5L, "PENDING", b, 5L);
        p.balances(a, 40, 150);
        p.balances(b, 0, 5);
        p.balances(c, 0, 75);
        p.balances(f, 0, 40);

        p.rfm(a, "LOYAL", "2025-02-28");
        p.rfm(b, "ACTIVE", "2025-02-28");
        p.rfm(c, "NEW", "2025-02-28");
        p.rfm(f, "CHURNED", "2025-02-28");

        assertThat(rollUp.firstDayToFill(AS_OF)).contains(LocalDate.of(2023, 6, 1));
        LocalDate day = LocalDate.of(2023, 6, 1);
        while (!day.isAfter(AS_OF)) {
            LocalDate to = day.plusDays(30).isAfter(AS_OF) ? AS_OF : day.plusDays(30);
            rollUp.fillDays(day, to);
            day = to.plusDays(1);
        }
        rollUp.snapshot(AS_OF);
    }

    private Overview overview(String network) {
        return reports.overview(new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), network));
    }

    private static MonthFigures february(Overview overview) {
        return overview.months().stream().filter(m -> m.month().equals(YearMonth.of(2025, 2))).findFirst().orElseThrow();
    }

    @Test
    void ordersOfAMonthCountIdentifiedAndRepeatPurchasesWithoutCancelledOnesAndRevenueNetOfReturns() {
        Overview all = overview(null);
        assertThat(all.months()).extracting(MonthFigures::month).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        MonthFigures feb = february(all);
        // Orders 2, 3, 4, 6, 7 (5 is cancelled); 4 is anonymous; 2 and 3 are A's repeat purchases, 6 is B's first
        // that counts (the cancelled one does not make it a repeat).
        assertThat(feb.orders()).isEqualTo(5);
        assertThat(feb.identifiedOrders()).isEqualTo(4);
        assertThat(feb.repeatOrders()).isEqualTo(2);
        assertThat(feb.identifiedShare().percent()).isEqualByComparingTo("80.0");
        assertThat(feb.repeatShare().percent()).isEqualByComparingTo("50.0");
        assertThat(feb.revenue()).isEqualByComparingTo("7200.00");

        MonthFigures gadgets = february(overview("gadgets"));
        assertThat(gadgets.orders()).isEqualTo(3);
        assertThat(gadgets.identifiedOrders()).isEqualTo(2);
        assertThat(gadgets.repeatOrders()).isEqualTo(1);
        assertThat(gadgets.revenue()).isEqualByComparingTo("3400.00");
        assertThat(all.totals().orders()).isEqualTo(6);
    }

    @Test
    void newMembersCountRegistrationsButNotMergedDuplicates() {
        Overview all = overview(null);
        assertThat(all.months()).extracting(MonthFigures::newMembers).containsExactly(2L, 1L);
        assertThat(all.totals().newMembers()).isEqualTo(3);
        // Members belong to the programme: the same in a network's report.
        assertThat(february(overview("home")).newMembers()).isEqualTo(1);
    }

    @Test
    void pointsAccruedRedeemedAndExpiredByMonthGiveTheShareSpentAndTheCrossNetworkShare() {
        Overview all = overview(null);
        assertThat(all.months()).extracting(MonthFigures::pointsAccrued).containsExactly(100L, 283L);
        MonthFigures feb = february(all);
        assertThat(feb.pointsRedeemed()).isEqualTo(90);
        assertThat(feb.pointsExpired()).isEqualTo(20);
        assertThat(feb.spentShare().percent()).isEqualByComparingTo("31.8");
        // 60 of the 90 redeemed points were earned in gadgets and spent at home.
        assertThat(feb.crossNetworkShare()).isEqualTo(new Share(60, 90));
        assertThat(feb.crossNetworkShare().percent()).isEqualByComparingTo("66.7");
        assertThat(all.totals().spentShare()).isEqualTo(new Share(90, 383));

        MonthFigures gadgets = february(overview("gadgets"));
        assertThat(gadgets.pointsAccrued()).isEqualTo(125);
        assertThat(gadgets.pointsRedeemed()).isEqualTo(30);
        // The expiry transfer is programme-wide; its points count where they were earned.
        assertThat(gadgets.pointsExpired()).isEqualTo(20);
        assertThat(gadgets.crossNetworkShare()).isEqualTo(new Share(0, 30));
        MonthFigures home = february(overview("home"));
        assertThat(home.pointsAccrued()).isEqualTo(158);
        assertThat(home.crossNetworkShare()).isEqualTo(new Share(60, 60));
    }

    @Test
    void activeAccountsHaveABalanceAtTheDateAndAPurchaseWithin14MonthsCountedOnceAcrossNetworks() {
        Overview all = overview(null);
        // A, B, C, F; D was merged into A, E registered in March.
        assertThat(all.members()).isEqualTo(4);
        // A (190 points) and C (75); B had 0 at the end of February, F last bought in November 2023.
        assertThat(all.activeAccounts()).isEqualTo(2);
        assertThat(all.activeShare().percent()).isEqualByComparingTo("50.0");
        Overview gadgets = overview("gadgets");
        assertThat(gadgets.members()).isEqualTo(3);
        assertThat(gadgets.activeAccounts()).isEqualTo(2);
        assertThat(overview("home").activeAccounts()).isEqualTo(1);
    }

    @Test
    void tierDistributionIsEachPersonsTierAtTheEndOfTheDateFromTheTierHistory() {
        // A became SILVER on 15.02; C's GOLD came in March; F has no history and keeps the tier of the customer row.
        assertThat(overview(null).tiers()).containsExactlyInAnyOrder(
                new TierShare("START", 3, new Share(3, 4)), new TierShare("SILVER", 1, new Share(1, 4)));
        assertThat(new Share(3, 4).percent()).isEqualByComparingTo("75.0");
    }

    @Test
    void segmentsHaveTheirSizesAndLifetimeRevenueAndCltvPerNetwork() {
        List<SegmentFigures> all = overview(null).segments();
        assertThat(all).extracting(SegmentFigures::segment).containsExactly("NEW", "ACTIVE", "LOYAL", "CHURNED");
        assertThat(all).extracting(SegmentFigures::customers).containsExactly(1L, 1L, 1L, 1L);
        assertThat(all).extracting(SegmentFigures::revenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1500"), new BigDecimal("800"), new BigDecimal("5500"),
                        new BigDecimal("900"));
        assertThat(all.get(2).cltv()).isEqualByComparingTo("5500.00");

        List<SegmentFigures> home = overview("home").segments();
        assertThat(home).extracting(SegmentFigures::segment).containsExactly("ACTIVE", "LOYAL");
        assertThat(home).extracting(SegmentFigures::revenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("800"), new BigDecimal("3000"));
    }

    @Test
    void eachFigureSaysHowFreshItIsAndRefillingADayReplacesItsRows() {
        Overview before = overview(null);
        assertThat(before.freshness().daysUpTo()).isEqualTo(AS_OF);
        assertThat(before.freshness().snapshotAsOf()).isEqualTo(AS_OF);
        assertThat(before.freshness().rfmAsOf()).isEqualTo(AS_OF);
        assertThat(before.freshness().computedAt()).isNotNull();

        rollUp.fillDays(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        rollUp.snapshot(AS_OF);
        Overview after = overview(null);
        assertThat(after.months()).isEqualTo(before.months());
        assertThat(after.members()).isEqualTo(before.members());
        assertThat(after.tiers()).isEqualTo(before.tiers());
        assertThat(after.segments()).isEqualTo(before.segments());
        // The next run refills the day before its date and anything never filled.
        assertThat(rollUp.firstDayToFill(AS_OF.plusDays(1))).contains(AS_OF);
    }

    @Test
    void aPeriodBeforeAnySnapshotHasFlowFiguresButNoStockFigures() {
        Overview early = reports.overview(new ReportFilter(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null));
        assertThat(early.months()).hasSize(12);
        assertThat(early.totals().orders()).isEqualTo(1);
        assertThat(early.freshness().snapshotAsOf()).isNull();
        assertThat(early.tiers()).isEmpty();
    }
}
