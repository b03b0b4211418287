package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.TierPage;
import io.kopilka.e2e.support.EndToEndTest;
import org.junit.jupiter.api.Test;

class TierSettingsTest extends EndToEndTest {

    @Test
    void anAdministratorChangesATiersCashbackAndTheProgrammeShowsIt() {
        loginPage().signInAsStaff("admin", PASSWORD);

        String notice = TierPage.open(browser.driver(), portal.baseUrl(), "GOLD").changeCashback("5,5");

        assertThat(notice).isEqualTo("Уровень «Золото» сохранён.");
        assertThat(TierPage.cashbackListed(browser.driver(), "Золото")).isEqualTo("5,5 %");

        TierPage.open(browser.driver(), portal.baseUrl(), "GOLD").changeCashback("5"); // leave the demo as it was
    }
}
