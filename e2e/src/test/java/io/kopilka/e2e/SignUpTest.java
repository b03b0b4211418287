package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CabinetPage;
import io.kopilka.e2e.pages.SignUpPage;
import io.kopilka.e2e.support.EndToEndTest;
import org.junit.jupiter.api.Test;

class SignUpTest extends EndToEndTest {

    @Test
    void aNewCustomerJoinsAndTheCabinetShowsTheirCardWithCodes() {
        CabinetPage cabinet = SignUpPage.fromLogin(loginPage(), browser.driver())
                .join("8 (933) 100-20-30", "Софья", "sofia-secret");

        assertThat(cabinet.path()).isEqualTo("/cabinet");
        assertThat(cabinet.heading()).contains("Софья");
        assertThat(cabinet.cardNumber()).matches("29\\d{11}");
        assertThat(cabinet.cardCodesShown()).isTrue();
        assertThat(browser.screenshot("signup-cabinet-375", 375)).exists();
    }

    @Test
    void differentPasswordsAreExplainedNextToTheField() {
        SignUpPage page = SignUpPage.fromLogin(loginPage(), browser.driver())
                .joinWithDifferentPasswords("8 (933) 100-20-31", "first-secret", "second-secret");

        assertThat(page.errorOf("passwordAgain")).isEqualTo("Пароли не совпадают.");
        assertThat(page.path()).isEqualTo("/signup");
    }
}
