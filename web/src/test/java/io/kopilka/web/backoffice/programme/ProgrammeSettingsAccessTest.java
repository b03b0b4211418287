package io.kopilka.web.backoffice.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.programme.Programme;
import io.kopilka.programme.ProgrammePolicies;
import io.kopilka.web.support.BrowserSession;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammeSettingsAccessTest extends ProgrammeFormsTest {

    private static final List<String> EDIT_URLS = List.of("/backoffice/programme/policies",
            "/backoffice/programme/regions/MSK", "/backoffice/programme/regions/new",
            "/backoffice/programme/networks/gadgets", "/backoffice/programme/networks/new",
            "/backoffice/programme/tiers/SILVER");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    Programme programme;

    @Test
    void staffWhoAreNotAdministratorsGetForbiddenOnEveryEditUrlAndSeeNoEditLinks() {
        ProgrammePolicies before = programme.policies();
        for (String login : List.of("consultant", "marketer", "finance")) {
            BrowserSession staff = signedIn(login);
            String page = staff.get("/backoffice/programme").body();
            assertThat(page).as(login).contains("id=\"policy-cap\"")
                    .doesNotContain("id=\"edit-policies\"", "id=\"edit-region-MSK\"", "id=\"edit-network-gadgets\"",
                            "id=\"add-region\"", "id=\"add-network\"", "/backoffice/programme/regions",
                            "/backoffice/programme/networks", "/backoffice/programme/policies");
            Matcher token = CSRF_META.matcher(page);
            assertThat(token.find()).isTrue();
            for (String url : EDIT_URLS) {
                assertThat(staff.get(url).statusCode()).as(login + " GET " + url).isEqualTo(403);
                assertThat(staff.postForm(url, Map.of("name", "X", "code", "XX", "minOrderForCashback", "0",
                                "monthlyCashbackCap", "1"), token.group(1)).statusCode())
                        .as(login + " POST " + url).isEqualTo(403);
            }
        }
        assertThat(programme.policies()).isEqualTo(before);
        assertThat(programme.region("XX")).isEmpty();
        assertThat(programme.network("gadgets").orElseThrow().name()).isEqualTo("Гаджеты");
    }

    @Test
    void administratorsSeeTheEditLinks() {
        String page = signedIn("admin").get("/backoffice/programme").body();

        assertThat(page).contains("id=\"edit-policies\"", "id=\"edit-region-MSK\"", "id=\"edit-network-gadgets\"",
                "id=\"add-region\"", "id=\"add-network\"", "id=\"edit-SILVER\"");
    }

    @Test
    void customersCannotReachTheProgrammeSettings() {
        BrowserSession customer = signedIn("+79990000001");

        assertThat(customer.get("/backoffice/programme").statusCode()).isEqualTo(403);
        assertThat(customer.get("/backoffice/programme/policies").statusCode()).isEqualTo(403);
    }
}
