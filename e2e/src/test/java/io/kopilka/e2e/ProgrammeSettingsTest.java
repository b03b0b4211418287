package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.ProgrammePage;
import io.kopilka.e2e.support.EndToEndTest;
import org.junit.jupiter.api.Test;

class ProgrammeSettingsTest extends EndToEndTest {

    @Test
    void anAdministratorChangesTheMonthlyCapAndARegionsMinimumAndTheProgrammePageShowsThem() {
        loginPage().signInAsStaff("admin", PASSWORD);
        ProgrammePage programme = ProgrammePage.open(browser.driver(), portal.baseUrl());
        assertThat(programme.monthlyCap()).isEqualTo("3 000 баллов");
        assertThat(programme.regionMinimum("SPB")).isEqualTo("5 000");

        programme = programme.editPolicies().saveMonthlyCap("2 500");
        assertThat(programme.savedNotice()).isEqualTo("Правила программы сохранены.");
        assertThat(programme.monthlyCap()).isEqualTo("2 500 баллов");

        programme = programme.editRegion("SPB").saveMinimum("6 000,50");
        assertThat(programme.savedNotice()).isEqualTo("Регион «Санкт-Петербург» сохранён.");
        assertThat(programme.regionMinimum("SPB")).isEqualTo("6 000,50");

        // leave the demo programme as it was
        programme.editPolicies().saveMonthlyCap("3000");
        programme = ProgrammePage.open(browser.driver(), portal.baseUrl()).editRegion("SPB").saveMinimum("5000");
        assertThat(programme.monthlyCap()).isEqualTo("3 000 баллов");
        assertThat(programme.regionMinimum("SPB")).isEqualTo("5 000");
    }

    @Test
    void aSettlementDayOutsideTheMonthIsExplainedNextToTheField() {
        loginPage().signInAsStaff("admin", PASSWORD);

        String error = ProgrammePage.open(browser.driver(), portal.baseUrl()).editPolicies()
                .saveSettlementDayExpectingError("29");

        assertThat(error).isEqualTo("День месяца — от 1 до 28.");
        assertThat(ProgrammePage.open(browser.driver(), portal.baseUrl()).monthlyCap()).isEqualTo("3 000 баллов");
    }
}
