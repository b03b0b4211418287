package io.kopilka.web.people;

import static io.kopilka.web.people.Pages.csrf;
import static io.kopilka.web.people.Pages.signInLocation;
import static io.kopilka.web.people.Pages.signedIn;
import static io.kopilka.web.people.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Initial passwords someone else chose must be replaced at the first sign-in; anyone may change theirs. */
class InitialPasswordTest extends PortalIntegrationTest {

    private static final String COMPANY_ADMIN = "+79990000011";
    private static final String PASSWORD_PAGE = "/account/password";

    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;

    private static String newPhone() {
        return "+7992" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A buyer the demo company admin has just invited: their phone and initial password. */
    private String[] invitedBuyer() {
        BrowserSession admin = signedIn(port, COMPANY_ADMIN, "demo");
        String phone = newPhone();
        String answer = admin.postForm("/business/buyers", Map.of("phone", phone, "firstName", "Новичок",
                "lastName", ""), csrf(admin, "/business/buyers")).body();
        assertThat(answer).contains("id=\"invited-must-change\"");
        return new String[] {phone, textOf(answer, "invited-password")};
    }

    private static HttpResponse<String> choose(BrowserSession session, String current, String fresh, String again) {
        return session.postForm(PASSWORD_PAGE, Map.of("currentPassword", current, "newPassword", fresh,
                "newPasswordAgain", again), csrf(session, PASSWORD_PAGE));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aNewlyInvitedBuyerIsSentToChooseAPasswordAndCannotOpenTheCompanyUntilThen() {
        String[] invited = invitedBuyer();
        BrowserSession buyer = signedIn(port, invited[0], invited[1]);

        assertThat(location(buyer.get("/"))).endsWith(PASSWORD_PAGE);
        assertThat(location(buyer.get("/business"))).endsWith(PASSWORD_PAGE);
        assertThat(location(buyer.get("/business/buyers"))).endsWith(PASSWORD_PAGE);
        HttpResponse<String> htmx = buyer.get("/business", "HX-Request", "true");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue(PASSWORD_PAGE);
        String page = buyer.get(PASSWORD_PAGE).body();
        assertThat(page).contains("id=\"password-forced\"", "Придумайте свой пароль", "Выданный вам пароль");
    }

    @Test
    void afterChoosingAPasswordTheBuyerLandsInTheCompanyAndTheInitialPasswordNoLongerWorks() {
        String[] invited = invitedBuyer();
        BrowserSession buyer = signedIn(port, invited[0], invited[1]);

        HttpResponse<String> chosen = choose(buyer, invited[1], "my-own-pass-1", "my-own-pass-1");

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(location(chosen)).endsWith("/");
        assertThat(location(buyer.get("/"))).endsWith("/business");
        assertThat(buyer.get("/business").statusCode()).isEqualTo(200);
        assertThat(signInLocation(port, invited[0], invited[1])).contains("/login?error");
        BrowserSession again = signedIn(port, invited[0], "my-own-pass-1");
        assertThat(location(again.get("/"))).endsWith("/business");
        assertThat(audit.search(AuditQuery.newest(100))).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.password-changed");
            assertThat(entry.actor()).isEqualTo(invited[0]);
            assertThat(entry.before() + " " + entry.after()).doesNotContain(invited[1], "my-own-pass-1");
        });
    }

    @Test
    void aWrongCurrentPasswordAMismatchAndATooShortPasswordAreShownNextToTheirFields() {
        String phone = newPhone();
        accounts.register(new NewAccount(phone, "secret-pass-1", "Проверкин", Set.of(Role.CUSTOMER)));
        BrowserSession person = signedIn(port, phone, "secret-pass-1");

        String wrong = choose(person, "not-my-pass", "new-pass-12", "new-pass-12").body();
        String mismatch = choose(person, "secret-pass-1", "new-pass-12", "new-pass-13").body();
        String tooShort = choose(person, "secret-pass-1", "short", "short").body();

        assertThat(textOf(wrong, "currentPassword-error")).isEqualTo("Текущий пароль введён неверно.");
        assertThat(textOf(mismatch, "newPasswordAgain-error")).isEqualTo("Пароли не совпадают.");
        assertThat(textOf(tooShort, "newPassword-error")).isEqualTo("Пароль — от 8 до 100 символов.");
        String both = choose(person, "secret-pass-1", "short", "other").body();
        assertThat(textOf(both, "newPassword-error")).isEqualTo("Пароль — от 8 до 100 символов.");
        assertThat(textOf(both, "newPasswordAgain-error")).isEqualTo("Пароли не совпадают.");
        assertThat(wrong + mismatch + tooShort).doesNotContain("new-pass-12", "secret-pass-1", "value=\"short\"");
        person.get(PASSWORD_PAGE + "?lang=en");
        assertThat(textOf(choose(person, "not-my-pass", "new-pass-12", "new-pass-12").body(), "currentPassword-error"))
                .isEqualTo("The current password is wrong.");
        assertThat(textOf(choose(person, "secret-pass-1", "new-pass-12", "new-pass-13").body(), "newPasswordAgain-error"))
                .isEqualTo("The passwords do not match.");
        assertThat(textOf(choose(person, "secret-pass-1", "short", "short").body(), "newPassword-error"))
                .isEqualTo("A password is 8 to 100 characters.");
        assertThat(signInLocation(port, phone, "secret-pass-1")).doesNotContain("error");
    }

    @Test
    void anyoneMayChangeTheirPasswordVoluntarilyAndStaysOnThePage() {
        String phone = newPhone();
        accounts.register(new NewAccount(phone, "secret-pass-1", "Менялкин", Set.of(Role.CUSTOMER)));
        BrowserSession person = signedIn(port, phone, "secret-pass-1");
        assertThat(location(person.get("/"))).endsWith("/cabinet");
        assertThat(person.get(PASSWORD_PAGE).body()).doesNotContain("id=\"password-forced\"").contains("Смена пароля");

        HttpResponse<String> changed = choose(person, "secret-pass-1", "secret-pass-2", "secret-pass-2");

        assertThat(location(changed)).endsWith(PASSWORD_PAGE);
        assertThat(person.get(PASSWORD_PAGE).body()).contains("id=\"password-changed\"", "Пароль изменён.");
        assertThat(signInLocation(port, phone, "secret-pass-1")).contains("/login?error");
        assertThat(signInLocation(port, phone, "secret-pass-2")).doesNotContain("error");
    }

    @Test
    void theDemoPeopleAreNotAskedToChangeTheirPasswords() {
        for (String login : new String[] {"+79990000001", COMPANY_ADMIN, "+79990000012", "consultant", "marketer",
                "admin", "finance"}) {
            BrowserSession session = signedIn(port, login, "demo");

            assertThat(location(session.get("/"))).as(login).doesNotContain(PASSWORD_PAGE);
            assertThat(accounts.findByLogin(login).orElseThrow().mustChangePassword()).as(login).isFalse();
        }
    }
}
