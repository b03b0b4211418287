package io.kopilka.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PoliciesTest extends ProgrammeIntegrationTest {

    @Autowired
    AuditLog audit;

    private static ProgrammePolicies with(PointsAvailability availability) {
        return new ProgrammePolicies(TierQualification.purchaseSumOver(14), availability,
                PointsExpiry.monthsAfterLastPurchase(14), 3000L);
    }

    private static InvalidProgrammeSettingsException refused(Runnable change) {
        try {
            change.run();
        } catch (InvalidProgrammeSettingsException refused) {
            return refused;
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void theSettlementDayRunsFromTheFirstToTheTwentyEighth() {
        assertThat(programme.changePolicies(with(PointsAvailability.onDeliverySettledMonthlyOn(1)), "admin")
                .availability().value()).isEqualTo(1);
        assertThat(programme.changePolicies(with(PointsAvailability.onDeliverySettledMonthlyOn(28)), "admin")
                .availability().value()).isEqualTo(28);
        assertThat(refused(() -> programme.changePolicies(with(PointsAvailability.onDeliverySettledMonthlyOn(0)), "admin"))
                .fields()).containsEntry("settlementDay", "programme.day.range");
        assertThat(refused(() -> programme.changePolicies(with(PointsAvailability.onDeliverySettledMonthlyOn(29)), "admin"))
                .fields()).containsEntry("settlementDay", "programme.day.range");
        assertThat(programme.policies().availability()).isEqualTo(PointsAvailability.onDeliverySettledMonthlyOn(28));
    }

    @Test
    void hoursAndMonthsCannotBeNegativeAndTheCapMustBePositive() {
        assertThat(refused(() -> programme.changePolicies(with(PointsAvailability.hoursAfterPurchase(-1)), "admin"))
                .fields()).containsEntry("hoursAfterPurchase", "programme.hours.range");
        assertThat(programme.changePolicies(with(PointsAvailability.hoursAfterPurchase(0)), "admin").availability())
                .isEqualTo(PointsAvailability.hoursAfterPurchase(0));
        ProgrammePolicies before = programme.policies();

        InvalidProgrammeSettingsException all = refused(() -> programme.changePolicies(new ProgrammePolicies(
                TierQualification.purchaseSumOver(-1), PointsAvailability.onDeliverySettledDaily(),
                PointsExpiry.monthsAfterAccrual(-6), 0L), "admin"));
        assertThat(all.fields()).containsOnlyKeys("qualificationWindowMonths", "expiryMonths", "monthlyCashbackCap");
        assertThat(refused(() -> programme.changePolicies(new ProgrammePolicies(TierQualification.purchaseSumOver(0),
                PointsAvailability.onDeliverySettledDaily(), PointsExpiry.monthsAfterAccrual(0), -5L), "admin")).fields())
                .containsOnlyKeys("qualificationWindowMonths", "expiryMonths", "monthlyCashbackCap");
        assertThat(programme.policies()).isEqualTo(before);
    }

    @Test
    void noCapAndLifetimeCountsAreSavedAndReadBack() {
        ProgrammePolicies foam = new ProgrammePolicies(TierQualification.purchaseCountForLife(),
                PointsAvailability.hoursAfterPurchase(14 * 24), PointsExpiry.monthsAfterAccrual(6), null);

        assertThat(programme.changePolicies(foam, "admin")).isEqualTo(foam);
        assertThat(programme.policies()).isEqualTo(foam);
        assertThat(programme.policies().currency()).isEqualTo("RUB");
        assertThat(programme.changePolicies(new ProgrammePolicies(new TierQualification(
                TierQualification.Model.PURCHASE_COUNT_FOR_LIFE, -3), foam.availability(), foam.expiry(), 1L), "admin")
                .qualification()).isEqualTo(TierQualification.purchaseCountForLife());
    }

    @Test
    void aPolicyChangeIsAuditedWithBeforeAndAfter() {
        programme.changePolicies(with(PointsAvailability.onDeliverySettledDaily()), "policy-admin");
        programme.changePolicies(with(PointsAvailability.onDeliverySettledMonthlyOn(11)), "policy-admin");

        assertThat(audit.search(new AuditQuery("policy-admin", "programme.policies", null, null, null, 1)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.before()).contains("available=on delivery, settled daily", "monthlyCap=3000 points");
                    assertThat(entry.after()).contains("settled monthly on day 11",
                            "expiry=14 months after the last purchase", "tiers=purchase sum over 14 months");
                });
    }
}
