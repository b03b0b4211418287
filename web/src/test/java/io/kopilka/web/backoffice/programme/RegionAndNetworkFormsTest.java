package io.kopilka.web.backoffice.programme;

import static io.kopilka.db.Tables.NETWORK;
import static io.kopilka.db.Tables.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.programme.RegionSettings;
import io.kopilka.web.support.BrowserSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionAndNetworkFormsTest extends ProgrammeFormsTest {

    @Autowired
    Programme programme;
    @Autowired
    AuditLog audit;
    @Autowired
    DSLContext db;

    @AfterEach
    void restoreTheDemoProgramme() {
        programme.changeRegion("MSK", new RegionSettings("Москва", new BigDecimal("10000.00")), "test");
        programme.renameNetwork("home", "Техника для дома", "test");
        // other tests read the demo programme's exact regions and networks
        db.deleteFrom(REGION).where(REGION.CODE.eq("KZN_1")).execute();
        db.deleteFrom(NETWORK).where(NETWORK.CODE.eq("outlet-1")).execute();
    }

    @Test
    void anAdminChangesARegionsMinimumTypedTheRussianWayAndTheChangeIsAudited() {
        BrowserSession admin = signedIn("admin");

        HttpResponse<String> saved = submit(admin, "/backoffice/programme/regions/MSK",
                Map.of("name", "Москва и область", "minOrderForCashback", "12 500,50"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(programme.region("MSK")).contains(new Region("MSK", "Москва и область", new BigDecimal("12500.50")));
        assertThat(admin.get("/backoffice/programme").body())
                .contains("Регион «Москва и область» сохранён.", "12 500,50");
        assertThat(audit.search(new AuditQuery("admin", "programme.region", null, null, null, 1)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.before()).isEqualTo("name=Москва, minOrder=10000");
                    assertThat(entry.after()).isEqualTo("name=Москва и область, minOrder=12500.5");
                });
    }

    @Test
    void anInvalidRegionIsExplainedNextToTheFieldsAndChangesNothing() {
        BrowserSession admin = signedIn("admin");

        String negative = submit(admin, "/backoffice/programme/regions/MSK",
                Map.of("name", " ", "minOrderForCashback", "-1")).body();
        assertThat(negative).contains("id=\"name-error\"", "Укажите название.", "id=\"minOrderForCashback-error\"",
                "Сумма — от 0, не больше двух знаков после запятой.", "aria-describedby=\"minOrderForCashback-error\"");
        String decimals = submit(admin, "/backoffice/programme/regions/MSK",
                Map.of("name", "Москва", "minOrderForCashback", "10 000,001")).body();
        assertThat(decimals).contains("id=\"minOrderForCashback-error\"");
        assertThat(submit(admin, "/backoffice/programme/regions/MSK", Map.of("name", "Москва", "minOrderForCashback", "ten"))
                .body()).contains("Введите число");

        assertThat(programme.region("MSK")).contains(new Region("MSK", "Москва", new BigDecimal("10000.00")));
    }

    @Test
    void anAdminAddsARegionWithANewWellFormedCode() {
        BrowserSession admin = signedIn("admin");

        String badCode = submit(admin, "/backoffice/programme/regions/new",
                Map.of("code", "kzn-1", "name", "Казань", "minOrderForCashback", "3000")).body();
        assertThat(badCode).contains("id=\"code-error\"", "Код — от 2 до 32 символов");
        String taken = submit(admin, "/backoffice/programme/regions/new",
                Map.of("code", "SPB", "name", "Питер", "minOrderForCashback", "3000")).body();
        assertThat(taken).contains("Такой код уже есть.");
        assertThat(programme.region("SPB").orElseThrow().name()).isEqualTo("Санкт-Петербург");

        HttpResponse<String> added = submit(admin, "/backoffice/programme/regions/new",
                Map.of("code", "KZN_1", "name", "Казань", "minOrderForCashback", "3 000"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(programme.region("KZN_1")).contains(new Region("KZN_1", "Казань", new BigDecimal("3000.00")));
        assertThat(admin.get("/backoffice/programme").body()).contains("Регион «Казань» сохранён.", "KZN_1");
        assertThat(audit.search(new AuditQuery("admin", "programme.region.added", null, null, null, 1)))
                .singleElement().satisfies(entry -> assertThat(entry.after()).isEqualTo("name=Казань, minOrder=3000"));
    }

    @Test
    void anAdminRenamesAndAddsNetworks() {
        BrowserSession admin = signedIn("admin");

        assertThat(submit(admin, "/backoffice/programme/networks/home", Map.of("name", "")).body())
                .contains("id=\"name-error\"", "Укажите название.");
        assertThat(programme.network("home")).contains(new Network("home", "Техника для дома"));
        assertThat(submit(admin, "/backoffice/programme/networks/home", Map.of("name", "Дом и сад")).statusCode())
                .isEqualTo(302);
        assertThat(programme.network("home")).contains(new Network("home", "Дом и сад"));
        assertThat(admin.get("/backoffice/programme").body()).contains("Сеть «Дом и сад» сохранена."); // follows the redirect

        for (String bad : new String[] {"Outlet", "o", "new", "gadgets"}) {
            assertThat(submit(admin, "/backoffice/programme/networks/new", Map.of("code", bad, "name", "Аутлет")).body())
                    .as(bad).contains("id=\"code-error\"");
        }
        assertThat(submit(admin, "/backoffice/programme/networks/new", Map.of("code", "outlet-1", "name", "Аутлет"))
                .statusCode()).isEqualTo(302);
        assertThat(admin.get("/backoffice/programme").body()).contains("Сеть «Аутлет» сохранена.", "Дом и сад", "outlet-1");
        assertThat(audit.search(new AuditQuery("admin", "programme.network", null, null, null, 2)))
                .extracting(entry -> entry.action())
                .containsExactly("programme.network.added", "programme.network.changed");
    }
}
