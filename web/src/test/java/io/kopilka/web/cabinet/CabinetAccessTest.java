package io.kopilka.web.cabinet;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CabinetAccessTest extends PortalIntegrationTest {

    private static final String[] PAGES = {"/cabinet", "/cabinet/history", "/cabinet/payouts"};

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    @Test
    void staffGetForbiddenOnEveryCabinetPage() {
        for (String staff : new String[] {"consultant", "marketer", "admin", "finance"}) {
            BrowserSession session = signedIn(staff);
            for (String page : PAGES) {
                assertThat(session.get(page).statusCode()).as(staff + " " + page).isEqualTo(403);
            }
        }
    }

    @Test
    void buyersGetForbiddenOnEveryCabinetPageAndCannotRequestAPayout() {
        BrowserSession buyer = signedIn("+79990000011");
        for (String page : PAGES) {
            assertThat(buyer.get(page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(buyer.get("/cabinet/history?after=2026-01-01T00:00_1_1", "HX-Request", "true").statusCode())
                .isEqualTo(403);
        Map.Entry<String, String> csrf = buyer.csrfMetaTags("/business");
        assertThat(buyer.postForm("/cabinet/payouts", Map.of("points", "1", "idempotencyKey", "x"), csrf.getValue())
                .statusCode()).isEqualTo(403);
    }
}
