package io.kopilka.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Tier;
import io.kopilka.programme.TierSettings;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TierSettingsTest extends PortalIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Programme programme;
    @Autowired
    AuditLog audit;

    private Tier silverBefore;

    @AfterEach
    void restoreSilver() {
        if (silverBefore != null) {
            programme.changeTier("SILVER", new TierSettings(silverBefore.name(), silverBefore.qualifyingPurchases(),
                    silverBefore.cashbackPercent(), silverBefore.maxRedeemPercent()), "test");
        }
    }

    private HttpResponse<String> submit(BrowserSession session, String name, String from, String cashback, String redeem) {
        Matcher token = CSRF.matcher(session.get("/backoffice/programme/tiers/SILVER").body());
        assertThat(token.find()).isTrue();
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("qualifyingPurchases", from);
        form.put("cashbackPercent", cashback);
        form.put("maxRedeemPercent", redeem);
        return session.postForm("/backoffice/programme/tiers/SILVER", form, token.group(1));
    }

    @Test
    void adminChangesATiersCashbackWrittenTheRussianWayAndTheChangeIsAudited() {
        silverBefore = programme.tier("SILVER").orElseThrow();
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "demo");

        HttpResponse<String> saved = submit(admin, "Серебро", "50 000", "3,5", "70");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(programme.tier("SILVER").orElseThrow().cashbackPercent()).isEqualByComparingTo("3.5");
        assertThat(admin.get("/backoffice/programme").body()).contains("Уровень «Серебро» сохранён.", "3,5 %");
        assertThat(audit.search(new AuditQuery("admin", "programme.tier", null, null, null, 5)))
                .anySatisfy(entry -> {
                    assertThat(entry.before()).contains("cashback=3.00%");
                    assertThat(entry.after()).contains("cashback=3.5%");
                });
    }

    @Test
    void invalidSettingsAreExplainedNextToTheFieldsAndChangeNothing() {
        BrowserSession admin = new BrowserSession(port);
        admin.signIn("admin", "demo");
        Tier before = programme.tier("SILVER").orElseThrow();

        String outOfRange = submit(admin, " ", "abc", "150", "70").body();
        assertThat(outOfRange).contains("id=\"name-error\"", "Укажите название уровня.",
                "id=\"qualifyingPurchases-error\"", "Введите число");

        String aboveGold = submit(admin, "Серебро", "200000", "150", "70").body();
        assertThat(aboveGold).contains("Порог должен быть выше", "Процент — от 0 до 100");

        assertThat(programme.tier("SILVER").orElseThrow()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsChangeTiers() {
        BrowserSession consultant = new BrowserSession(port);
        consultant.signIn("consultant", "demo");

        assertThat(consultant.get("/backoffice/programme/tiers/SILVER").statusCode()).isEqualTo(403);
        assertThat(consultant.get("/backoffice/programme").body()).doesNotContain("id=\"edit-SILVER\"");
        assertThat(new BigDecimal("3")).isEqualByComparingTo(programme.tier("SILVER").orElseThrow().cashbackPercent());
    }
}
