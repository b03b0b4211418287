package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.ApiKeysPage;
import io.kopilka.e2e.pages.AuditPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiKeysTest extends EndToEndTest {

    private int integrationCallStatus(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/integration"))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void adminIssuesAKeyThatWorksThenRevokesItAndTheAuditLogTellsBoth() throws Exception {
        loginPage().signInAsStaff("admin", PASSWORD);
        ApiKeysPage keys = ApiKeysPage.open(browser.driver(), portal.baseUrl());

        String key = keys.issueOrdersKey("Кассы на Тверской", "gadgets");
        assertThat(key).startsWith("kp_");
        assertThat(keys.stateOf("Кассы на Тверской")).isEqualTo("действует");
        assertThat(integrationCallStatus(key)).isEqualTo(200);

        ApiKeysPage afterRevoke = keys.revoke("Кассы на Тверской");
        assertThat(afterRevoke.stateOf("Кассы на Тверской")).isEqualTo("отозван");
        assertThat(integrationCallStatus(key)).isEqualTo(401);

        AuditPage audit = afterRevoke.openAuditLog().filterByAction("api-key");
        assertThat(audit.entries()).anySatisfy(entry -> assertThat(entry).contains("admin", "api-key.issued", "Кассы на Тверской"))
                .anySatisfy(entry -> assertThat(entry).contains("admin", "api-key.revoked", "Кассы на Тверской"));
    }

    @Test
    void aKeyWithoutANameIsRefusedWithAMessageNextToTheField() {
        loginPage().signInAsStaff("admin", PASSWORD);

        String message = ApiKeysPage.open(browser.driver(), portal.baseUrl()).issueWithoutName();

        assertThat(message).isEqualTo("Укажите, для какой интеграции ключ.");
    }
}
