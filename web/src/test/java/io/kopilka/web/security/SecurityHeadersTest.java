package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;

/** Every page, the sign-in page, Swagger UI and the API carry the browser-hardening headers of docs/security.md. */
class SecurityHeadersTest extends PortalIntegrationTest {

    private static HttpHeaders signedInPage(int port, String login, String path) {
        return BrowserSession.demoSignedIn(port, login).get(path).headers();
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse("");
    }

    @Test
    void aSignedInPageAllowsNoInlineScriptOrStyleAndNoFraming() {
        HttpHeaders headers = signedInPage(port, "admin", "/backoffice");

        String policy = header(headers, "Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aSignedInPageIsNotCachedNotSniffedAndSendsNoReferrerNorCameraMicrophoneOrLocation() {
        HttpHeaders headers = signedInPage(port, "+79990000001", "/cabinet");

        assertThat(header(headers, "Cache-Control")).contains("no-store");
        assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(headers, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(headers, "Permissions-Policy")).isEqualTo("camera=(), microphone=(), geolocation=()");
        assertThat(header(headers, "Content-Security-Policy")).doesNotContain("unsafe-inline");
    }

    @Test
    void theSignInPageCarriesTheSamePolicy() {
        HttpHeaders headers = new BrowserSession(port).get("/login").headers();

        assertThat(header(headers, "Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(headers, "Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void swaggerUiAloneMayUseInlineStylesButNoInlineScript() {
        HttpHeaders headers = signedInPage(port, "marketer", "/swagger-ui/index.html");

        String policy = header(headers, "Content-Security-Policy");
        assertThat(policy).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-eval");
        assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe-inline");
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverHttps() {
        assertThat(new BrowserSession(port).get("/login").headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP: the header would be ignored, and pinning localhost to HTTPS would hurt").isEmpty();
    }

    @Test
    void theApiAnswersWithANothingAllowedPolicy() {
        HttpHeaders headers = apiGet("/api/v1/customers/1/balance", "demo-gadgets-key").headers();

        assertThat(header(headers, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theSessionIdTravelsOnlyInAnHttpOnlyCookieNeverInALink() {
        var response = new BrowserSession(port).get("/login");

        assertThat(response.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("jsessionid");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void htmxKeepsNoCopiesOfPagesInTheBrowserAndRunsNoScriptOrEvalFromAnswers() {
        String page = BrowserSession.demoSignedIn(port, "+79990000001").get("/cabinet").body();

        assertThat(page).contains("<meta name=\"htmx-config\"", "\"includeIndicatorStyles\":false",
                "\"allowEval\":false", "\"allowScriptTags\":false", "\"historyCacheSize\":0");
        assertThat(page).doesNotContain(" style=\"", "<style", " onclick=");
    }

    @Test
    void noHeaderNamesTheServerSoftware() {
        HttpHeaders headers = new BrowserSession(port).get("/login").headers();

        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
    }
}
