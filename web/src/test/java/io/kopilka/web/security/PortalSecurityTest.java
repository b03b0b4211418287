package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.identity.Accounts;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

class PortalSecurityTest extends PortalIntegrationTest {

    @Autowired
    Accounts accounts;

    private BrowserSession session() {
        return new BrowserSession(port);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void anonymousVisitorIsSentToTheSignInPage() {
        HttpResponse<String> response = session().get("/cabinet");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }

    @Test
    void expiredSessionInsideAnHtmxRequestReloadsThePageInsteadOfSwappingInTheSignInForm() {
        HttpResponse<String> response = session().get("/backoffice/status", "HX-Request", "true");

        assertThat(response.headers().firstValue("HX-Refresh")).hasValue("true");
        assertThat(response.body()).doesNotContain("login-form");
    }

    @Test
    void eachRoleLandsInItsOwnArea() {
        assertThat(location(session().signIn("+79990000002", "demo"))).endsWith("/");
        BrowserSession customer = session();
        customer.signIn("+79990000002", "demo");
        assertThat(location(customer.get("/"))).endsWith("/cabinet");

        BrowserSession buyer = session();
        buyer.signIn("+79990000011", "demo");
        assertThat(location(buyer.get("/"))).endsWith("/business");
        assertThat(buyer.get("/business").body()).contains("Дмитрий Волков");

        BrowserSession finance = session();
        finance.signIn("finance", "demo");
        assertThat(location(finance.get("/"))).endsWith("/backoffice");
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = session().signIn("+79990000001", "wrong");

        assertThat(location(response)).endsWith("/login?error");
    }

    @Test
    void customerGetsTheForbiddenPageForBackOfficeAndBusinessCabinet() {
        BrowserSession customer = session();
        customer.signIn("+79990000001", "demo");

        HttpResponse<String> backoffice = customer.get("/backoffice");
        assertThat(backoffice.statusCode()).isEqualTo(403);
        assertThat(backoffice.body()).contains("Нет доступа");
        assertThat(customer.get("/business").statusCode()).isEqualTo(403);
        assertThat(customer.get("/swagger-ui/index.html").statusCode()).isEqualTo(403);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRefusedPageIsLoggedWithWhoAskedForWhatButNeitherTheQueryNorThePhone(CapturedOutput output) {
        BrowserSession customer = session();
        customer.signIn("+79990000001", "demo");

        assertThat(customer.get("/backoffice/customers?q=%2B79990000002").statusCode()).isEqualTo(403);

        assertThat(output.getOut()).contains("Access denied (role): GET /backoffice/customers for +7********01")
                .doesNotContain("79990000002").doesNotContain("+79990000001");
    }

    @Test
    void staffCannotOpenACustomersCabinet() {
        BrowserSession consultant = session();
        consultant.signIn("consultant", "demo");

        assertThat(consultant.get("/cabinet").statusCode()).isEqualTo(403);
        assertThat(consultant.get("/backoffice/programme").statusCode()).isEqualTo(200);
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        BrowserSession customer = session();
        customer.signIn("+79990000001", "demo");

        HttpResponse<String> logout = customer.postForm("/logout", Map.of(), null);
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(customer.get("/cabinet").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> login = session().postForm("/login", Map.of("username", "admin", "password", "demo"), null);
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void htmxRequestWithTheCsrfHeaderFromThePageIsAccepted() {
        BrowserSession admin = session();
        admin.signIn("admin", "demo");
        Map.Entry<String, String> csrf = admin.csrfMetaTags("/backoffice");

        assertThat(admin.post("/logout", "HX-Request", "true").statusCode()).as("without the header").isEqualTo(403);
        HttpResponse<String> logout = admin.post("/logout", "HX-Request", "true", csrf.getKey(), csrf.getValue());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).endsWith("/login?logout");
        assertThat(location(admin.get("/backoffice"))).as("signed out").endsWith("/login");
    }

    @Test
    void swaggerUiOpensForStaff() {
        BrowserSession marketer = session();
        marketer.signIn("marketer", "demo");

        assertThat(marketer.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(marketer.get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    @Test
    void htmxFragmentAndFullPageShareOnePath() {
        BrowserSession admin = session();
        admin.signIn("admin", "demo");

        String page = admin.get("/backoffice/status").body();
        String fragment = admin.get("/backoffice/status", "HX-Request", "true").body();

        assertThat(page).contains("<html", "id=\"status-panel\"");
        assertThat(fragment).contains("id=\"status-panel\"").doesNotContain("<html");
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(accounts.findByLogin("admin")).hasValueSatisfying(account -> {
            assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("demo");
        });
    }
}
