package io.kopilka.web.people;

import static io.kopilka.web.people.Pages.csrf;
import static io.kopilka.web.people.Pages.homeCsrf;
import static io.kopilka.web.people.Pages.signInLocation;
import static io.kopilka.web.people.Pages.signedIn;
import static io.kopilka.web.people.Pages.signedInChoosingPassword;
import static io.kopilka.web.people.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCustomer;
import io.kopilka.identity.Accounts;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompanyBuyersTest extends PortalIntegrationTest {

    private static final String ADMIN = "+79990000011";
    private static final String OTHER_BUYER = "+79990000012";

    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;

    private static String newPhone() {
        return "+7994" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private String invite(BrowserSession admin, String phone, String firstName) {
        return admin.postForm("/business/buyers", Map.of("phone", phone, "firstName", firstName, "lastName", ""),
                csrf(admin, "/business/buyers")).body();
    }

    @Test
    void theCompanyAdminInvitesABuyerWhoSignsInWithTheOneTimePasswordAndSeesTheCompany() {
        BrowserSession admin = signedIn(port, ADMIN, "demo");
        String phone = newPhone();

        String answer = invite(admin, "8" + phone.substring(2), "Семён");

        assertThat(answer).contains("id=\"invited\"", "Покупатель Семён приглашён.");
        String password = textOf(answer, "invited-password");
        assertThat(password).hasSize(12);
        assertThat(admin.get("/business/buyers").body()).contains(phone, "Семён").doesNotContain(password);
        BrowserSession buyer = signedInChoosingPassword(port, phone, password, "own-password-1");
        String business = buyer.get("/business").body();
        assertThat(business).contains("Компания «Demo Trade LLC»", "id=\"available-points\"")
                .doesNotContain("id=\"no-company\"");
        assertThat(buyer.get("/business/buyers").body()).contains("id=\"read-only\"").doesNotContain("id=\"invite-form\"");
    }

    @Test
    void theOtherBuyerSeesTheListReadOnlyAndCannotInviteNorDisable() {
        BrowserSession elena = signedIn(port, OTHER_BUYER, "demo");
        String phone = newPhone();
        long dmitry = customers.findByPhone(ADMIN).orElseThrow().customerId().value();

        String page = elena.get("/business/buyers").body();
        assertThat(page).contains(ADMIN, OTHER_BUYER, "id=\"read-only\"").doesNotContain("id=\"invite-form\"", "toggle-buyer");
        String token = homeCsrf(elena);
        assertThat(elena.postForm("/business/buyers", Map.of("phone", phone), token).statusCode()).isEqualTo(403);
        assertThat(elena.postForm("/business/buyers/" + dmitry + "/enabled", Map.of("enabled", "false"), token)
                .statusCode()).isEqualTo(403);
        assertThat(customers.findByPhone(phone)).isEmpty();
        assertThat(customers.findByPhone(ADMIN).orElseThrow().company()).isNotNull();
    }

    @Test
    void anExistingCustomerWithoutACompanyIsRefusedWithAClearMessage() {
        Customer loner = customers.register(NewCustomer.withPhone(newPhone()));
        BrowserSession admin = signedIn(port, ADMIN, "demo");

        String answer = invite(admin, loner.phone(), "");

        assertThat(textOf(answer, "phone-error")).startsWith("Этот телефон уже зарегистрирован как личный участник программы.");
        assertThat(textOf(invite(admin, "12", ""), "phone-error")).startsWith("Телефон не распознан");
        assertThat(customers.find(loner.customerId()).orElseThrow().company()).isNull();
    }

    @Test
    void aDisabledBuyerCannotSignInNorSeeTheCompanyUntilEnabledAgain() {
        BrowserSession admin = signedIn(port, ADMIN, "demo");
        String phone = newPhone();
        String password = textOf(invite(admin, phone, "Отключаемый"), "invited-password");
        long buyer = customers.findByPhone(phone).orElseThrow().customerId().value();

        admin.postForm("/business/buyers/" + buyer + "/enabled", Map.of("enabled", "false"), csrf(admin, "/business/buyers"));

        assertThat(admin.get("/business/buyers").body()).contains("Покупатель Отключаемый отключён");
        assertThat(signInLocation(port, phone, password)).contains("/login?error");
        assertThat(customers.findByPhone(phone).orElseThrow().company()).isNull();
        admin.postForm("/business/buyers/" + buyer + "/enabled", Map.of("enabled", "true"), csrf(admin, "/business/buyers"));
        assertThat(signedInChoosingPassword(port, phone, password, "own-password-1").get("/business").body())
                .contains("Компания «Demo Trade LLC»");
    }

    @Test
    void aBuyerOnlyEverSeesTheirOwnCompany() {
        BrowserSession admin = signedIn(port, ADMIN, "demo");
        String outsider = newPhone();
        customers.register(NewCustomer.withPhone(outsider)
                .withCompany(new io.kopilka.customers.NewCompany("500100732259", "ИП Чужой", null)));
        long outsiderId = customers.findByPhone(outsider).orElseThrow().customerId().value();

        assertThat(admin.get("/business/buyers?company=" + outsiderId).body()).doesNotContain(outsider, "ИП Чужой");
        assertThat(admin.postForm("/business/buyers/" + outsiderId + "/enabled", Map.of("enabled", "false"),
                csrf(admin, "/business/buyers")).statusCode()).isEqualTo(403);
        assertThat(customers.findByPhone(outsider).orElseThrow().company()).isNotNull();
    }

    @Test
    void theCompanyProfileShowsNameInnAndKpp() {
        String page = signedIn(port, OTHER_BUYER, "demo").get("/business").body();

        assertThat(textOf(page, "company-profile-name")).isEqualTo("Demo Trade LLC");
        assertThat(textOf(page, "company-inn")).isEqualTo(customers.findByPhone(OTHER_BUYER).orElseThrow().company().inn());
        assertThat(page).contains("id=\"company-kpp\"", "href=\"/business/buyers\"");
    }

    @Test
    void customersAndStaffGet403OnTheBuyersPage() {
        assertThat(signedIn(port, "+79990000001", "demo").get("/business/buyers").statusCode()).isEqualTo(403);
        assertThat(signedIn(port, "admin", "demo").get("/business/buyers").statusCode()).isEqualTo(403);
    }
}
