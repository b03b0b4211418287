package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BackofficePage;
import io.kopilka.e2e.pages.BusinessPage;
import io.kopilka.e2e.pages.BuyersPage;
import io.kopilka.e2e.pages.PasswordPage;
import io.kopilka.e2e.pages.ProfilePage;
import io.kopilka.e2e.pages.SignUpPage;
import io.kopilka.e2e.pages.StaffPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class PeopleTest extends EndToEndTest {

    @Test
    void anAdminCreatesAConsultantWhoMustChooseAPasswordBeforeReachingTheBackOffice() {
        loginPage().signInAsStaff("admin", PASSWORD);
        String login = "e2e.consultant" + ThreadLocalRandom.current().nextInt(100_000);

        StaffPage staff = StaffPage.openFromNavigation(browser.driver())
                .create(login, "Светлана Е2Е", "CONSULTANT", "first-pass-1");

        assertThat(staff.notice()).contains(login);
        assertThat(staff.stateOf(login)).isEqualTo("активен");
        PasswordPage choose = staff.signOut().signInWithInitialPassword(login, "first-pass-1");
        assertThat(choose.forced()).isTrue();
        assertThat(choose.tryToOpen(portal.baseUrl(), "/backoffice").path()).isEqualTo("/account/password");
        PasswordPage mismatched = choose.chooseMismatched("first-pass-1", "own-pass-12", "own-pass-13");
        assertThat(mismatched.errorOf("newPasswordAgain")).isEqualTo("Пароли не совпадают.");
        BackofficePage backoffice = mismatched.chooseAsStaff("first-pass-1", "own-pass-12");
        assertThat(backoffice.path()).isEqualTo("/backoffice");
    }

    @Test
    void aCustomerEditsTheirProfileAndConsents() {
        String phone = "+7992" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        SignUpPage.fromLogin(loginPage(), browser.driver()).join(phone, "Борис", "first-pass-1");
        ProfilePage profile = ProfilePage.openFromNavigation(browser.driver());
        assertThat(profile.phone()).isEqualTo(phone);

        ProfilePage invalid = profile.type("email", "boris@").save();
        assertThat(invalid.errorOf("email")).isEqualTo("Адрес e-mail не распознан.");

        ProfilePage saved = invalid.type("email", phone.substring(1) + "@example.com").type("lastName", "Кузнецов")
                .birthDate("1979-11-02").consent("Sms", true).consent("Push", false).save();

        assertThat(saved.notice()).isEqualTo("Профиль сохранён.");
        assertThat(saved.value("email")).isEqualTo(phone.substring(1) + "@example.com");
        assertThat(saved.value("lastName")).isEqualTo("Кузнецов");
        assertThat(saved.value("birthDate")).isEqualTo("1979-11-02");
        assertThat(saved.consentGiven("Sms")).isTrue();
        assertThat(saved.consentGiven("Push")).isFalse();
    }

    @Test
    void theCompanyAdminInvitesABuyerWhoChoosesAPasswordAndSeesTheCompany() {
        BusinessPage.signIn(browser.driver(), portal.baseUrl(), "+79990000011", PASSWORD);
        String phone = "+7993" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));

        BuyersPage buyers = BuyersPage.openFromNavigation(browser.driver()).invite(phone, "Зоя");
        String password = buyers.invitedPassword();

        assertThat(buyers.phones()).contains(phone);
        buyers.signOut();
        BusinessPage company = loginPage().signInWithInitialPassword(phone, password)
                .chooseAsBuyer(password, "own-pass-12");
        assertThat(company.company()).isEqualTo("Компания «Demo Trade LLC»");
        assertThat(BuyersPage.openFromNavigation(browser.driver()).canInvite()).isFalse();
    }
}
