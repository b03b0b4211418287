package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class TiersTest extends CustomersIntegrationTest {

    /** A tiers run after the registrations of the tests: business times are UTC, stored to the microsecond. */
    private static final LocalDateTime MARCH = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private ApplicationEvents events;

    private CustomerId id;

    @BeforeEach
    void register() {
        id = customers.register(NewCustomer.withPhone(newPhone())).customerId();
    }

    private static Purchases sum(String roubles) {
        return new Purchases(new BigDecimal(roubles), 0);
    }

    @Test
    void purchasesInTheWindowPutTheCustomerInTheTierTheyReachAtItsThresholdUpAndDown() {
        assertThat(customers.recalculateTier(id, sum("49999.99"), MARCH)).isFalse();
        assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("START");

        assertThat(customers.recalculateTier(id, sum("50000.00"), MARCH)).isTrue();
        assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("SILVER");

        customers.recalculateTier(id, sum("150000"), MARCH.plusDays(1));
        assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("GOLD");

        customers.recalculateTier(id, sum("-300"), MARCH.plusMonths(14)); // returns can make the window negative
        assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("START");
        assertThat(customers.tierHistory(id)).first().extracting(TierChange::reason).isEqualTo("PURCHASES_IN_WINDOW");
    }

    @Test
    void underTheCountModelTheSecondAndFourthPurchaseLiftTheTierAndItIsKeptForLife() {
        var before = programme.policies();
        var silver = programme.tier("SILVER").orElseThrow();
        var gold = programme.tier("GOLD").orElseThrow();
        try {
            programme.changePolicies(new io.kopilka.programme.ProgrammePolicies(
                    io.kopilka.programme.TierQualification.purchaseCountForLife(), before.availability(),
                    before.expiry(), before.monthlyCashbackCap()), "test");
            programme.changeTier("SILVER", settings(silver, "2"), "test");
            programme.changeTier("GOLD", settings(gold, "4"), "test");

            assertThat(customers.recalculateTier(id, new Purchases(BigDecimal.ZERO, 1), MARCH)).isFalse();
            assertThat(customers.recalculateTier(id, new Purchases(BigDecimal.ZERO, 2), MARCH)).isTrue();
            assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("SILVER");
            customers.recalculateTier(id, new Purchases(BigDecimal.ZERO, 4), MARCH.plusDays(1));
            assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("GOLD");

            assertThat(customers.recalculateTier(id, new Purchases(BigDecimal.ZERO, 3), MARCH.plusYears(2))).isFalse();
            assertThat(customers.find(id).orElseThrow().tier().code()).isEqualTo("GOLD");
            assertThat(customers.tierHistory(id)).first().extracting(TierChange::reason).isEqualTo("PURCHASE_COUNT");
        } finally {
            programme.changeTier("GOLD", settings(gold, gold.qualifyingPurchases().toPlainString()), "test");
            programme.changeTier("SILVER", settings(silver, silver.qualifyingPurchases().toPlainString()), "test");
            programme.changePolicies(before, "test");
        }
    }

    private static io.kopilka.programme.TierSettings settings(io.kopilka.programme.Tier tier, String threshold) {
        return new io.kopilka.programme.TierSettings(tier.name(), new BigDecimal(threshold), tier.cashbackPercent(),
                tier.maxRedeemPercent(), tier.discountPercent(), tier.excludedBrands());
    }

    @Test
    void assigningATierRecordsTheChangeAndPublishesTierChanged() {
        boolean changed = customers.assignTier(id, "SILVER", "PURCHASES_IN_WINDOW", MARCH);

        assertThat(changed).isTrue();
        assertThat(customers.find(id)).hasValueSatisfying(c -> assertThat(c.tier()).isEqualTo(new CustomerTier("SILVER", "Silver")));
        assertThat(customers.tierHistory(id)).first()
                .isEqualTo(new TierChange("START", "SILVER", "PURCHASES_IN_WINDOW", MARCH));
        assertThat(events.stream(TierChanged.class))
                .containsExactly(new TierChanged(id, "START", "SILVER", true, "PURCHASES_IN_WINDOW", MARCH));
    }

    @Test
    void theHistoryListsEveryTierNewestFirst() {
        customers.assignTier(id, "GOLD", "PURCHASES_IN_WINDOW", MARCH);
        customers.assignTier(id, "SILVER", "PURCHASES_IN_WINDOW", MARCH.plusMonths(14));

        assertThat(customers.tierHistory(id)).extracting(TierChange::toTier).containsExactly("SILVER", "GOLD", "START");
        assertThat(events.stream(TierChanged.class)).extracting(TierChanged::upgrade).containsExactly(true, false);
    }

    @Test
    void assigningTheTierAPersonAlreadyHasChangesNothing() {
        boolean changed = customers.assignTier(id, "START", "PURCHASES_IN_WINDOW", MARCH);

        assertThat(changed).isFalse();
        assertThat(customers.tierHistory(id)).hasSize(1);
        assertThat(events.stream(TierChanged.class)).isEmpty();
    }

    @Test
    void anUnknownTierOrPersonOrAMissingReasonIsRefused() {
        assertThatThrownBy(() -> customers.assignTier(id, "PLATINUM", "MANUAL", MARCH)).isInstanceOf(UnknownTierException.class);
        assertThatThrownBy(() -> customers.assignTier(new CustomerId(-1), "GOLD", "MANUAL", MARCH))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> customers.assignTier(id, "GOLD", " ", MARCH)).isInstanceOf(IllegalArgumentException.class);
        assertThat(customers.tierHistory(id)).hasSize(1);
    }

    @Test
    void progressShowsWhatIsMissingForTheNextTierUpToItsThreshold() {
        assertThat(customers.progressToNextTier(id, BigDecimal.ZERO))
                .contains(new NextTier("SILVER", "Silver", new BigDecimal("50000.00")));
        assertThat(customers.progressToNextTier(id, new BigDecimal("37600")))
                .contains(new NextTier("SILVER", "Silver", new BigDecimal("12400.00")));
        assertThat(customers.progressToNextTier(id, new BigDecimal("49999.99")))
                .contains(new NextTier("SILVER", "Silver", new BigDecimal("0.01")));
        assertThat(customers.progressToNextTier(id, new BigDecimal("50000.00")))
                .hasValueSatisfying(next -> assertThat(next.remaining()).isZero());
        assertThat(customers.progressToNextTier(id, new BigDecimal("-300")))
                .hasValueSatisfying(next -> assertThat(next.remaining()).isEqualByComparingTo("50000"));
    }

    @Test
    void progressPointsToTheTierAboveTheCurrentOneAndEndsAtTheTop() {
        customers.assignTier(id, "SILVER", "PURCHASES_IN_WINDOW", MARCH);
        assertThat(customers.progressToNextTier(id, new BigDecimal("149999.99")))
                .contains(new NextTier("GOLD", "Gold", new BigDecimal("0.01")));

        customers.assignTier(id, "GOLD", "PURCHASES_IN_WINDOW", MARCH);
        assertThat(customers.progressToNextTier(id, new BigDecimal("1000000"))).isEmpty();
        assertThatThrownBy(() -> customers.progressToNextTier(new CustomerId(-1), BigDecimal.ZERO))
                .isInstanceOf(CustomerNotFoundException.class);
    }
}
