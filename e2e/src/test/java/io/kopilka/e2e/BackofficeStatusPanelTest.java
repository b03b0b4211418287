package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BackofficePage;
import io.kopilka.e2e.support.EndToEndTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

class BackofficeStatusPanelTest extends EndToEndTest {

    @Test
    void statusPanelIsLoadedByHtmxAndRefreshesInPlace() {
        BackofficePage backoffice = loginPage().signInAsStaff("admin", PASSWORD);

        assertThat(backoffice.databaseShownInStatusPanel()).containsIgnoringCase("mariadb");

        BackofficePage refreshed = backoffice.refreshStatus();
        assertThat(refreshed.path()).isEqualTo("/backoffice");
        assertThat(refreshed.statusCheckedAt()).isNotBlank();
        assertThat(refreshed.heading()).contains("Администратор");
    }

    @Test
    void htmxPostCarriesTheCsrfTokenOfThePage() {
        BackofficePage backoffice = loginPage().signInAsStaff("admin", PASSWORD);
        backoffice.databaseShownInStatusPanel();

        assertThat(backoffice.signOutWithHtmx()).isEqualTo("sent");

        browser.driver().get(portal.baseUrl() + "/backoffice");
        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).as("signed out by the htmx POST")
                .isEqualTo("/login");
    }
}
