package io.kopilka.web.backoffice.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submitting the programme's settings forms as a signed-in browser would. */
abstract class ProgrammeFormsTest extends PortalIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    protected BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    /** Opens the form at {@code path} (for its CSRF token) and posts {@code fields} to it. */
    protected static HttpResponse<String> submit(BrowserSession session, String path, Map<String, String> fields) {
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        return session.postForm(path, fields, token.group(1));
    }
}
