package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BackofficePage;
import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.ForbiddenPage;
import io.kopilka.e2e.pages.LoginPage;
import io.kopilka.e2e.support.EndToEndTest;
import org.junit.jupiter.api.Test;

class SignInTest extends EndToEndTest {

    @Test
    void customerSignsInWithTheirPhoneAndLandsInTheCabinet() {
        CabinetPage cabinet = loginPage().signInAsCustomer("+79990000001", PASSWORD);

        assertThat(cabinet.path()).isEqualTo("/cabinet");
        assertThat(cabinet.heading()).isEqualTo("Здравствуйте, Анна Смирнова!");
        assertThat(cabinet.tierNames()).containsExactly("Старт", "Серебро", "Золото");
    }

    @Test
    void customerMayTypeThePhoneTheWayItIsWrittenOnPaper() {
        CabinetPage cabinet = loginPage().signInAsCustomer("8 (999) 000-00-02", PASSWORD);

        assertThat(cabinet.heading()).contains("Борис Кузнецов");
    }

    @Test
    void consultantSignsInAndLandsInTheBackOffice() {
        BackofficePage backoffice = loginPage().signInAsStaff("consultant", PASSWORD);

        assertThat(backoffice.path()).isEqualTo("/backoffice");
        assertThat(backoffice.heading()).contains("Ольга Петрова");
    }

    @Test
    void wrongPasswordShowsAnErrorNextToTheFieldAndSignsNobodyIn() {
        LoginPage page = loginPage().signInExpectingFailure("+79990000001", "not-the-password");

        assertThat(page.path()).isEqualTo("/login");
        assertThat(page.passwordError()).contains("Неверный телефон");
        assertThat(page.passwordMarkedInvalid()).isTrue();
    }

    @Test
    void customerOpeningTheBackOfficeGetsTheForbiddenPage() {
        ForbiddenPage forbidden = loginPage().signInAsCustomer("+79990000003", PASSWORD)
                .openBackofficeByAddress(portal.baseUrl());

        assertThat(forbidden.heading()).isEqualTo("Нет доступа");
        assertThat(forbidden.path()).isEqualTo("/backoffice");
    }

    @Test
    void switchingToEnglishChangesThePageTextAndIsRemembered() {
        LoginPage russian = loginPage();
        assertThat(russian.language()).isEqualTo("ru");
        assertThat(russian.loginLabel()).isEqualTo("Телефон или имя пользователя");

        LoginPage english = russian.switchToEnglish();
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.loginLabel()).isEqualTo("Phone or user name");

        CabinetPage cabinet = english.signInAsCustomer("+79990000001", PASSWORD);
        assertThat(cabinet.heading()).isEqualTo("Hello, Анна Смирнова!");
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        LoginPage page = loginPage().signInAsCustomer("+79990000001", PASSWORD).signOut();

        assertThat(page.path()).isEqualTo("/login");
        assertThat(page.heading()).isEqualTo("Вход в Копилку");
    }
}
