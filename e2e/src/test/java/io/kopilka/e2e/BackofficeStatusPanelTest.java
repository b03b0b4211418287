package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BackofficePage;
import io.kopilka.e2e.support.EndToEndTest;
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
}
