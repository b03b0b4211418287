package io.kopilka.web.backoffice.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierSettings;
import io.kopilka.web.support.BrowserSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TierDiscountFormTest extends ProgrammeFormsTest {

    @Autowired
    Programme programme;
    @Autowired
    AuditLog audit;

    private Tier gold;

    @BeforeEach
    void remember() {
        gold = programme.tier("GOLD").orElseThrow();
    }

    @AfterEach
    void restore() {
        programme.changeTier("GOLD", TierSettings.of(gold), "test");
    }

    private Map<String, String> goldWith(String discount, String brands) {
        Map<String, String> form = new HashMap<>();
        form.put("name", gold.name());
        form.put("qualifyingPurchases", "150 000");
        form.put("cashbackPercent", "5");
        form.put("maxRedeemPercent", "99");
        form.put("discountPercent", discount);
        form.put("excludedBrands", brands);
        return form;
    }

    @Test
    void anAdminGivesATierADiscountWithExcludedBrandsStoredNormalised() {
        BrowserSession admin = signedIn("admin");

        assertThat(submit(admin, "/backoffice/programme/tiers/GOLD", goldWith("7,5", " Zeta ,apple; Apple,,Bosch"))
                .statusCode()).isEqualTo(302);

        Tier saved = programme.tier("GOLD").orElseThrow();
        assertThat(saved.discountPercent()).isEqualByComparingTo("7.5");
        assertThat(saved.excludedBrands()).containsExactly("apple", "Bosch", "Zeta");
        assertThat(admin.get("/backoffice/programme").body()).contains("7,5 %", "кроме: apple, Bosch, Zeta");
        assertThat(admin.get("/backoffice/programme/tiers/GOLD").body()).contains("apple, Bosch, Zeta");
        assertThat(audit.search(new AuditQuery("admin", "programme.tier", null, null, null, 1)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.before()).contains("discount=none", "excludedBrands=none");
                    assertThat(entry.after()).contains("discount=7.5%", "excludedBrands=apple; Bosch; Zeta");
                });
    }

    @Test
    void anInvalidDiscountIsExplainedNextToTheFieldAndChangesNothing() {
        BrowserSession admin = signedIn("admin");

        assertThat(submit(admin, "/backoffice/programme/tiers/GOLD", goldWith("101", "Apple")).body())
                .contains("id=\"discountPercent-error\"", "Процент — от 0 до 100");
        assertThat(submit(admin, "/backoffice/programme/tiers/GOLD", goldWith("много", "")).body())
                .contains("id=\"discountPercent-error\"", "Введите число");

        assertThat(programme.tier("GOLD")).contains(gold);
        assertThat(gold.discountPercent()).isNull();
        assertThat(gold.excludedBrands()).isEqualTo(List.of());
    }
}
