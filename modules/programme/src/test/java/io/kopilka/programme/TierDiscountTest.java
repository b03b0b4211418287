package io.kopilka.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TierDiscountTest extends ProgrammeIntegrationTest {

    @Autowired
    AuditLog audit;

    @AfterEach
    void noDiscount() {
        Tier gold = programme.tier("GOLD").orElseThrow();
        programme.changeTier("GOLD", new TierSettings(gold.name(), gold.qualifyingPurchases(), gold.cashbackPercent(),
                gold.maxRedeemPercent()), "test");
    }

    private TierSettings gold(BigDecimal discount, List<String> brands) {
        Tier gold = programme.tier("GOLD").orElseThrow();
        return new TierSettings(gold.name(), gold.qualifyingPurchases(), gold.cashbackPercent(), gold.maxRedeemPercent(),
                discount, brands);
    }

    @Test
    void aDiscountWithExcludedBrandsIsStoredNormalisedAndAudited() {
        Tier saved = programme.changeTier("GOLD", gold(new BigDecimal("10"),
                List.of(" Zeta  Beauty ", "apple", "", "Apple", "Bosch")), "tier-admin");

        assertThat(saved.excludedBrands()).containsExactly("apple", "Bosch", "Zeta Beauty");
        Tier read = programme.tier("GOLD").orElseThrow();
        assertThat(read.discountPercent()).isEqualByComparingTo("10");
        assertThat(read.excludedBrands()).containsExactly("apple", "Bosch", "Zeta Beauty");
        assertThat(audit.search(new AuditQuery("tier-admin", "programme.tier", null, null, null, 1)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.before()).contains("discount=none", "excludedBrands=none");
                    assertThat(entry.after()).contains("discount=10%", "excludedBrands=apple; Bosch; Zeta Beauty");
                });
    }

    @Test
    void theDiscountIsAPercentFromZeroToAHundred() {
        assertThat(programme.changeTier("GOLD", gold(new BigDecimal("0"), List.of()), "admin").discountPercent()).isZero();
        assertThat(programme.changeTier("GOLD", gold(new BigDecimal("100"), List.of()), "admin").discountPercent())
                .isEqualByComparingTo("100");
        for (String bad : new String[] {"-1", "100.01", "5.555"}) {
            assertThatThrownBy(() -> programme.changeTier("GOLD", gold(new BigDecimal(bad), List.of("X")), "admin"))
                    .as(bad).isInstanceOfSatisfying(InvalidTierSettingsException.class,
                            refused -> assertThat(refused.fields()).containsOnlyKeys("discountPercent"));
        }
        assertThat(programme.tier("GOLD").orElseThrow().excludedBrands()).isEmpty();
    }

    @Test
    void tooLongABrandIsRefused() {
        assertThatThrownBy(() -> programme.changeTier("GOLD", gold(null, List.of("b".repeat(101))), "admin"))
                .isInstanceOfSatisfying(InvalidTierSettingsException.class,
                        refused -> assertThat(refused.fields()).containsOnlyKeys("excludedBrands"));
    }
}
