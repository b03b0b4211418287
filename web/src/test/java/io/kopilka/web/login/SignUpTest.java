package io.kopilka.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpTest extends PortalIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;

    private HttpResponse<String> signUp(BrowserSession session, Map<String, String> fields) {
        Matcher token = CSRF.matcher(session.get("/signup").body());
        assertThat(token.find()).isTrue();
        return session.postForm("/signup", fields, token.group(1));
    }

    private static Map<String, String> form(String phone, String password, String again) {
        Map<String, String> form = new HashMap<>();
        form.put("phone", phone);
        form.put("password", password);
        form.put("passwordAgain", again);
        form.put("firstName", "Пётр");
        form.put("email", "");
        form.put("consentSms", "true");
        return form;
    }

    @Test
    void aNewCustomerSignsUpAndLandsSignedInInTheCabinet() {
        BrowserSession session = new BrowserSession(port);

        HttpResponse<String> response = signUp(session, form("8 (921) 555-44-01", "secret-pass", "secret-pass"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cabinet"));
        assertThat(session.get("/cabinet").statusCode()).isEqualTo(200);
        assertThat(customers.findByPhone("+79215554401")).hasValueSatisfying(customer -> {
            assertThat(customer.firstName()).isEqualTo("Пётр");
            assertThat(customer.consents().sms()).isTrue();
            assertThat(customer.consents().email()).isFalse();
        });
        assertThat(accounts.findByLogin("+79215554401")).hasValueSatisfying(
                account -> assertThat(account.passwordHash()).startsWith("{bcrypt}"));
        BrowserSession again = new BrowserSession(port);
        assertThat(again.signIn("89215554401", "secret-pass").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void invalidInputIsExplainedNextToEachFieldAndCreatesNothing() {
        Map<String, String> bad = form("12345", "short", "other");
        bad.put("email", "nope");

        String page = signUp(new BrowserSession(port), bad).body();

        assertThat(page).contains("id=\"phone-error\"", "id=\"password-error\"", "id=\"passwordAgain-error\"")
                .contains("Пароль — от 8 до 100 символов.", "Пароли не совпадают.");
        assertThat(customers.findByPhone("12345")).isEmpty();
        assertThat(customers.findByEmail("nope")).isEmpty();

        String phoneAndEmail = signUp(new BrowserSession(port), badContact()).body();
        assertThat(phoneAndEmail).contains("Телефон не распознан", "Адрес e-mail не распознан.");
    }

    private static Map<String, String> badContact() {
        Map<String, String> form = form("12345", "long-enough-1", "long-enough-1");
        form.put("email", "nope");
        return form;
    }

    @Test
    void aPhoneAlreadyInTheProgrammeIsSentToSignIn() {
        String page = signUp(new BrowserSession(port), form("+79990000001", "another-pass", "another-pass")).body();

        assertThat(page).contains("Этот телефон уже зарегистрирован");
        assertThat(new BrowserSession(port).signIn("+79990000001", "another-pass").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void aCommonPasswordThePhoneItselfOrOneBcryptCannotKeepIsExplainedNextToThePasswordAndCreatesNothing() {
        String common = signUp(new BrowserSession(port), form("+79215554471", "qwerty123", "qwerty123")).body();
        String phone = signUp(new BrowserSession(port), form("+79215554472", "89215554472", "89215554472")).body();
        String tooLong = signUp(new BrowserSession(port), form("+79215554473", "ж".repeat(40), "ж".repeat(40))).body();

        assertThat(common).contains("id=\"password-error\"", "Это один из самых частых паролей");
        assertThat(phone).contains("id=\"password-error\"", "Пароль не должен содержать номер телефона.");
        assertThat(tooLong).contains("id=\"password-error\"", "Пароль слишком длинный");
        assertThat(customers.findByPhone("+79215554471")).isEmpty();
        assertThat(customers.findByPhone("+79215554472")).isEmpty();
        assertThat(customers.findByPhone("+79215554473")).isEmpty();
    }
}
