package io.kopilka.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionsAndNetworksTest extends ProgrammeIntegrationTest {

    @Autowired
    AuditLog audit;

    @Test
    void aRegionsNameAndMinimumChangeAndTheChangeIsAudited() {
        Region changed = programme.changeRegion("MSK", new RegionSettings(" Москва ", new BigDecimal("12000.50")), "region-admin");

        assertThat(changed).isEqualTo(new Region("MSK", "Москва", new BigDecimal("12000.50")));
        assertThat(programme.region("MSK").orElseThrow().minOrderForCashback()).isEqualByComparingTo("12000.50");
        assertThat(audit.search(new AuditQuery("region-admin", "programme.region", null, null, null, 5)))
                .anySatisfy(entry -> {
                    assertThat(entry.subject()).isEqualTo("region MSK");
                    assertThat(entry.after()).isEqualTo("name=Москва, minOrder=12000.5");
                });
        programme.changeRegion("MSK", new RegionSettings("Moscow", new BigDecimal("10000.00")), "region-admin");
    }

    @Test
    void aRegionsMinimumIsNotNegativeAndHasAtMostTwoDecimals() {
        assertThat(catchFields(() -> programme.changeRegion("MSK", new RegionSettings("", new BigDecimal("-0.01")), "admin")))
                .containsEntry("name", "programme.name.required")
                .containsEntry("minOrderForCashback", "programme.amount.range");
        assertThat(catchFields(() -> programme.changeRegion("MSK", new RegionSettings("Moscow", new BigDecimal("1.005")), "admin")))
                .containsOnlyKeys("minOrderForCashback");
        assertThat(programme.changeRegion("MSK", new RegionSettings("Moscow", new BigDecimal("0")), "admin")
                .minOrderForCashback()).isEqualByComparingTo("0");
        programme.changeRegion("MSK", new RegionSettings("Moscow", new BigDecimal("10000.00")), "admin");
    }

    @Test
    void newRegionCodesAreUpperCaseLettersDigitsAndUnderscoresAndUnique() {
        assertThat(programme.addRegion(new Region("KZN_2", "Казань", new BigDecimal("3000")), "admin").code()).isEqualTo("KZN_2");
        assertThat(programme.region("KZN_2")).isPresent();
        for (String bad : new String[] {"K", "kzn", "KZN-1", "A".repeat(33), "КЗН"}) {
            assertThat(catchFields(() -> programme.addRegion(new Region(bad, "X", BigDecimal.ONE), "admin")))
                    .as(bad).containsEntry("code", "programme.region.code.format");
        }
        assertThat(catchFields(() -> programme.addRegion(new Region("KZN_2", "Again", BigDecimal.ONE), "admin")))
                .containsEntry("code", "programme.code.taken");
        assertThat(programme.region("KZN_2").orElseThrow().name()).isEqualTo("Казань");
    }

    @Test
    void networksAreRenamedAndAddedWithLowerCaseCodes() {
        assertThat(programme.renameNetwork("gadgets", "Гаджеты+", "network-admin").name()).isEqualTo("Гаджеты+");
        assertThat(programme.addNetwork(new Network("outlet-2", "Outlet"), "network-admin").code()).isEqualTo("outlet-2");
        for (String bad : new String[] {"o", "Outlet", "out_let", "a".repeat(33)}) {
            assertThat(catchFields(() -> programme.addNetwork(new Network(bad, "X"), "admin")))
                    .as(bad).containsEntry("code", "programme.network.code.format");
        }
        assertThat(catchFields(() -> programme.addNetwork(new Network("outlet-2", "X"), "admin")))
                .containsEntry("code", "programme.code.taken");
        assertThat(catchFields(() -> programme.renameNetwork("gadgets", "  ", "admin"))).containsEntry("name", "programme.name.required");
        assertThat(programme.network("gadgets").orElseThrow().name()).isEqualTo("Гаджеты+");
        assertThat(audit.search(new AuditQuery("network-admin", "programme.network", null, null, null, 5)))
                .extracting(entry -> entry.action())
                .containsExactly("programme.network.added", "programme.network.changed");
        programme.renameNetwork("gadgets", "Gadgets", "admin");
    }

    private static java.util.Map<String, String> catchFields(Runnable change) {
        try {
            change.run();
        } catch (InvalidProgrammeSettingsException refused) {
            return refused.fields();
        }
        throw new AssertionError("the change was not refused");
    }
}
