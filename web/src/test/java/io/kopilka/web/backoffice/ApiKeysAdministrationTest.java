package io.kopilka.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.identity.ApiKeys;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiKeysAdministrationTest extends PortalIntegrationTest {

    private static final Pattern ISSUED_KEY = Pattern.compile("id=\"issued-key-value\">(kp_[A-Za-z0-9]+)<");

    @Autowired
    ApiKeys apiKeys;

    private BrowserSession admin() {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "demo");
        return admin;
    }

    private HttpResponse<String> issueWithHtmx(BrowserSession session, Map<String, String> form) {
        Map.Entry<String, String> csrf = session.csrfMetaTags("/backoffice/api-keys");
        return session.postForm("/backoffice/api-keys", form, csrf.getValue(), "HX-Request", "true");
    }

    private int statusOfIntegrationCall(String key) {
        return apiGet("/api/v1/integration", key).statusCode();
    }

    @Test
    void adminIssuesAKeyThatOpensTheApiForItsNetworkAndIsShownOnlyOnce() {
        BrowserSession admin = admin();

        HttpResponse<String> response = issueWithHtmx(admin,
                Map.of("name", "Home tills", "scope", "ORDERS", "network", "home"));

        assertThat(response.statusCode()).isEqualTo(200);
        Matcher key = ISSUED_KEY.matcher(response.body());
        assertThat(key.find()).as("the new key is shown").isTrue();
        assertThat(response.body()).contains("hx-swap-oob=\"true\"", "Home tills");
        assertThat(apiGet("/api/v1/integration", key.group(1)).body())
                .contains("\"network\":\"home\"", "\"integration\":\"Home tills\"");
        assertThat(admin.get("/backoffice/api-keys").body()).doesNotContain(key.group(1));
    }

    @Test
    void revokedKeyNoLongerOpensTheApi() {
        BrowserSession admin = admin();
        Matcher key = ISSUED_KEY.matcher(issueWithHtmx(admin,
                Map.of("name", "To be revoked", "scope", "ORDERS", "network", "service")).body());
        assertThat(key.find()).isTrue();
        assertThat(statusOfIntegrationCall(key.group(1))).isEqualTo(200);
        long id = apiKeys.list().stream().filter(info -> info.name().equals("To be revoked")).findFirst().orElseThrow().id();

        Map.Entry<String, String> csrf = admin.csrfMetaTags("/backoffice/api-keys");
        HttpResponse<String> revoke = admin.post("/backoffice/api-keys/" + id + "/revoke", "HX-Request", "true",
                csrf.getKey(), csrf.getValue());

        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(revoke.body()).contains("id=\"key-" + id + "\"", "отозван");
        assertThat(statusOfIntegrationCall(key.group(1))).isEqualTo(401);
    }

    @Test
    void invalidFormShowsAMessageNextToEachFieldAndIssuesNothing() {
        BrowserSession admin = admin();
        int keysBefore = apiKeys.list().size();

        String blank = issueWithHtmx(admin, Map.of("name", " ", "scope", "ORDERS", "network", "")).body();
        assertThat(blank).contains("id=\"name-error\"", "Укажите, для какой интеграции ключ.")
                .contains("id=\"network-error\"", "Ключу для заказов нужна сеть.")
                .doesNotContain("issued-key-value");

        String unknownNetwork = issueWithHtmx(admin, Map.of("name", "X", "scope", "ORDERS", "network", "nowhere")).body();
        assertThat(unknownNetwork).contains("Такой сети нет в программе.");

        String operatorWithNetwork = issueWithHtmx(admin, Map.of("name", "Ops", "scope", "OPERATOR", "network", "home")).body();
        assertThat(operatorWithNetwork).contains("Ключ оператора не привязывается к сети.");

        assertThat(apiKeys.list()).hasSize(keysBefore);
    }

    @Test
    void onlyAdministratorsManageKeys() {
        BrowserSession consultant = new BrowserSession(port);
        consultant.signIn("consultant", "demo");
        Map.Entry<String, String> csrf = consultant.csrfMetaTags("/backoffice");
        int keysBefore = apiKeys.list().size();

        assertThat(consultant.get("/backoffice/api-keys").statusCode()).isEqualTo(403);
        assertThat(consultant.postForm("/backoffice/api-keys",
                Map.of("name", "Sneaky", "scope", "OPERATOR", "network", ""), csrf.getValue()).statusCode()).isEqualTo(403);
        assertThat(consultant.get("/backoffice/audit").statusCode()).isEqualTo(403);
        assertThat(apiKeys.list()).hasSize(keysBefore);
    }

    @Test
    void issuingAndRevokingAreInTheAuditLog() {
        BrowserSession admin = admin();
        issueWithHtmx(admin, Map.of("name", "Audited key", "scope", "OPERATOR", "network", ""));
        long id = apiKeys.list().stream().filter(info -> info.name().equals("Audited key")).findFirst().orElseThrow().id();
        Map.Entry<String, String> csrf = admin.csrfMetaTags("/backoffice/api-keys");
        admin.post("/backoffice/api-keys/" + id + "/revoke", csrf.getKey(), csrf.getValue());

        String log = admin.get("/backoffice/audit?actor=admin&action=api-key").body();

        assertThat(log).contains("api-key.issued", "api-key.revoked", "api-key " + id + " (Audited key)");
    }
}
