package io.kopilka.web.people;

import static io.kopilka.web.people.Pages.csrf;
import static io.kopilka.web.people.Pages.signInLocation;
import static io.kopilka.web.people.Pages.signedIn;
import static io.kopilka.web.people.Pages.signedInChoosingPassword;
import static io.kopilka.web.people.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.Role;
import io.kopilka.identity.SignInAccount;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StaffUsersTest extends PortalIntegrationTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;

    private HttpResponse<String> create(BrowserSession admin, String login, String name, String roles, String password) {
        return admin.postForm("/backoffice/staff", Map.of("login", login, "displayName", name, "roles", roles,
                "password", password), csrf(admin, "/backoffice/staff"));
    }

    private static String newLogin() {
        return "staff-web." + NAMES.incrementAndGet();
    }

    @Test
    void anAdminCreatesAConsultantWhoSignsInAndLandsInTheBackOffice() {
        BrowserSession admin = signedIn(port, "admin", "demo");
        String login = newLogin();

        HttpResponse<String> created = create(admin, login, "Новый Консультант", "CONSULTANT", "first-pass-1");

        assertThat(created.statusCode()).isEqualTo(302);
        String page = admin.get("/backoffice/staff").body();
        assertThat(page).contains("id=\"staff-notice\"", "Сотрудник " + login + " создан", "Новый Консультант");
        BrowserSession consultant = signedInChoosingPassword(port, login, "first-pass-1", "own-pass-1");
        assertThat(consultant.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/backoffice"));
        assertThat(consultant.get("/backoffice").statusCode()).isEqualTo(200);
        assertThat(consultant.get("/backoffice/staff").statusCode()).isEqualTo(403);
        assertThat(audit.search(AuditQuery.newest(50))).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("staff.created");
            assertThat(entry.subject()).contains(login);
        });
    }

    @Test
    void aStaffUserWithBadFieldsIsRefusedWithMessagesNextToTheFields() {
        BrowserSession admin = signedIn(port, "admin", "demo");

        String page = admin.postForm("/backoffice/staff", Map.of("login", "89990000001", "displayName", " ",
                "password", "short"), csrf(admin, "/backoffice/staff")).body();

        assertThat(textOf(page, "login-error")).isEqualTo("Телефон не подходит как логин сотрудника: телефоны — логины покупателей.");
        assertThat(textOf(page, "displayName-error")).isEqualTo("Укажите имя сотрудника.");
        assertThat(textOf(page, "roles-error")).isEqualTo("Выберите хотя бы одну роль.");
        assertThat(textOf(page, "password-error")).isEqualTo("Пароль — от 8 до 100 символов.");
        assertThat(page).contains("aria-invalid=\"true\"");
        assertThat(create(admin, "consultant", "Дубль", "CONSULTANT", "long-enough-1").body())
                .contains("Такой логин уже занят.");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        BrowserSession admin = signedIn(port, "admin", "demo");
        String login = newLogin();
        create(admin, login, "Временный", "MARKETER", "first-pass-1");
        SignInAccount account = accounts.findByLogin(login).orElseThrow();

        admin.postForm("/backoffice/staff/" + account.id() + "/enabled", Map.of("enabled", "false"),
                csrf(admin, "/backoffice/staff"));

        assertThat(accounts.findByLogin(login).orElseThrow().enabled()).isFalse();
        assertThat(signInLocation(port, login, "first-pass-1")).contains("/login?error");
        admin.postForm("/backoffice/staff/" + account.id() + "/enabled", Map.of("enabled", "true"),
                csrf(admin, "/backoffice/staff"));
        assertThat(signInLocation(port, login, "first-pass-1")).doesNotContain("error");
    }

    @Test
    void aBlankRoleIsRefusedAsNotAStaffRoleAndChangesNothing() {
        BrowserSession admin = signedIn(port, "admin", "demo");
        String login = newLogin();
        create(admin, login, "Пустая Роль", "CONSULTANT", "first-pass-1");
        long id = accounts.findByLogin(login).orElseThrow().id();

        HttpResponse<String> changed = admin.postForm("/backoffice/staff/" + id + "/roles", Map.of("roles", " "),
                csrf(admin, "/backoffice/staff"));
        HttpResponse<String> created = create(admin, newLogin(), "Ещё Одна", " ", "first-pass-1");

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(accounts.findByLogin(login).orElseThrow().roles()).containsExactly(Role.CONSULTANT);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(textOf(created.body(), "roles-error")).isNotBlank();
    }

    @Test
    void anAdminChangesRolesButCannotDemoteNorDisableThemselves() {
        BrowserSession admin = signedIn(port, "admin", "demo");
        String login = newLogin();
        create(admin, login, "Меняющийся", "CONSULTANT", "first-pass-1");
        long id = accounts.findByLogin(login).orElseThrow().id();
        long self = accounts.findByLogin("admin").orElseThrow().id();

        admin.postForm("/backoffice/staff/" + id + "/roles", Map.of("roles", "MARKETER,FINANCE"),
                csrf(admin, "/backoffice/staff"));
        assertThat(accounts.findByLogin(login).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MARKETER, Role.FINANCE);

        admin.postForm("/backoffice/staff/" + self + "/roles", Map.of("roles", "CONSULTANT"),
                csrf(admin, "/backoffice/staff"));
        assertThat(admin.get("/backoffice/staff").body()).contains("Нельзя снять с себя роль администратора.");
        admin.postForm("/backoffice/staff/" + self + "/enabled", Map.of("enabled", "false"),
                csrf(admin, "/backoffice/staff"));
        assertThat(admin.get("/backoffice/staff").body()).contains("Нельзя отключить самого себя.");

        SignInAccount still = accounts.findByLogin("admin").orElseThrow();
        assertThat(still.roles()).contains(Role.ADMIN);
        assertThat(still.enabled()).isTrue();
    }

    @Test
    void nonAdminsGet403OnTheStaffPagesAndCannotChangeAnything() {
        long admin = accounts.findByLogin("admin").orElseThrow().id();
        for (String login : new String[] {"consultant", "marketer", "finance", "+79990000001", "+79990000011"}) {
            BrowserSession session = signedIn(port, login, "demo");
            String token = Pages.homeCsrf(session);
            assertThat(session.get("/backoffice/staff").statusCode()).as(login).isEqualTo(403);
            assertThat(session.postForm("/backoffice/staff", Map.of("login", "intruder", "displayName", "X",
                    "roles", "ADMIN", "password", "long-enough-1"), token).statusCode()).as(login).isEqualTo(403);
            assertThat(session.postForm("/backoffice/staff/" + admin + "/enabled", Map.of("enabled", "false"), token)
                    .statusCode()).as(login).isEqualTo(403);
        }
        assertThat(accounts.findByLogin("intruder")).isEmpty();
        assertThat(accounts.findByLogin("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void theNavigationOffersStaffToAdminsOnly() {
        assertThat(signedIn(port, "admin", "demo").get("/backoffice").body()).contains("href=\"/backoffice/staff\"", "Сотрудники");
        assertThat(signedIn(port, "consultant", "demo").get("/backoffice").body()).doesNotContain("href=\"/backoffice/staff\"");
    }
}
