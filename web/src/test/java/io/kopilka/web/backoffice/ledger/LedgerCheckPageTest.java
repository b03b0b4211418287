package io.kopilka.web.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LedgerCheckPageTest extends PortalIntegrationTest {

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    @Test
    void adminSeesThatTheDemoLedgerAddsUp() {
        String page = signedIn("admin").get("/backoffice/ledger").body();

        assertThat(page).contains("id=\"ledger-ok\"", "Всё сходится").doesNotContain("id=\"ledger-problems\"");
    }

    @Test
    void checkAgainAnswersHtmxWithTheResultOnly() {
        HttpResponse<String> again = signedIn("admin").get("/backoffice/ledger", "HX-Request", "true");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).startsWith("<article").contains("id=\"ledger-ok\"").doesNotContain("<html");
    }

    @Test
    void onlyAdministratorsRunTheCheck() {
        assertThat(signedIn("finance").get("/backoffice/ledger").statusCode()).isEqualTo(403);
        assertThat(signedIn("consultant").get("/backoffice/ledger").statusCode()).isEqualTo(403);
    }
}
