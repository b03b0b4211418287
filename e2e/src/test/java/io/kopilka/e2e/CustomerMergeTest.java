package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CustomerMergePage;
import io.kopilka.e2e.pages.CustomerPage;
import io.kopilka.e2e.pages.CustomerSearchPage;
import io.kopilka.e2e.pages.SignUpPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class CustomerMergeTest extends EndToEndTest {

    @Test
    void anAdministratorMergesADuplicateAfterSeeingBothPeople() {
        String oldPhone = newPhone();
        String newPhone = newPhone();
        SignUpPage.fromLogin(loginPage(), browser.driver()).join(oldPhone, "Зинаида", "first-pass-1");
        browser.driver().manage().deleteAllCookies();
        SignUpPage.fromLogin(loginPage(), browser.driver()).join(newPhone, "Зинаида", "first-pass-2");
        browser.driver().manage().deleteAllCookies();

        loginPage().signInAsStaff("admin", PASSWORD);
        CustomerPage kept = CustomerSearchPage.open(browser.driver(), portal.baseUrl()).searchFor(newPhone)
                .openCustomer("Зинаида");
        assertThat(CustomerMergePage.isOfferedOn(kept)).isTrue();

        CustomerMergePage merge = CustomerMergePage.startFrom(kept, "8 000 000-00-00");
        assertThat(merge.queryError()).isEqualTo("Анкеты с таким телефоном или картой нет.");
        merge = merge.find(oldPhone);
        assertThat(merge.queryError()).isEmpty();
        assertThat(merge.duplicateAvailable()).isEqualTo(merge.keptAvailable());

        long duplicateId = merge.duplicateId();

        CustomerPage afterwards = merge.confirm();
        assertThat(afterwards.customerName()).isEqualTo("Зинаида");
        assertThat(CustomerMergePage.isOfferedOn(afterwards)).isTrue();

        CustomerPage duplicate = CustomerPage.open(browser.driver(), portal.baseUrl(), duplicateId);
        assertThat(CustomerMergePage.mergedIntoOn(duplicate)).isEqualTo("Зинаида");
        assertThat(CustomerMergePage.isOfferedOn(duplicate)).isFalse();
        assertThat(duplicate.availablePoints()).isZero();
    }

    private static String newPhone() {
        return "+7993" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
