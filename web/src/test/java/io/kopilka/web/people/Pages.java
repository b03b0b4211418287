package io.kopilka.web.people;

import io.kopilka.web.support.BrowserSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers of the pages these tests look at. */
final class Pages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Pages() {
    }

    /** The CSRF token of the first form on the page at {@code path}. */
    static String csrf(BrowserSession session, String path) {
        Matcher matcher = CSRF.matcher(session.get(path).body());
        if (!matcher.find()) {
            throw new AssertionError(path + " has no form with a CSRF token");
        }
        return matcher.group(1);
    }

    /** The CSRF token of the sign-out form on the signed-in person's home page. */
    static String homeCsrf(BrowserSession session) {
        String home = session.get("/").headers().firstValue("Location").orElseThrow();
        return csrf(session, java.net.URI.create(home).getPath());
    }

    /** The text of the element with this id ({@code <small id="x-error" …>text</small>}), or null. */
    static String textOf(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    /** A session signed in with these credentials. */
    static BrowserSession signedIn(int port, String login, String password) {
        BrowserSession session = new BrowserSession(port);
        String location = session.signIn(login, password).headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new AssertionError(login + " could not sign in");
        }
        return session;
    }

    /**
     * A session signed in with an initial password (an invited buyer, a new staff user) that has replaced it with
     * {@code ownPassword} on the page it was sent to.
     */
    static BrowserSession signedInChoosingPassword(int port, String login, String initialPassword, String ownPassword) {
        BrowserSession session = signedIn(port, login, initialPassword);
        String location = session.postForm("/account/password", java.util.Map.of("currentPassword", initialPassword,
                "newPassword", ownPassword, "newPasswordAgain", ownPassword), csrf(session, "/account/password"))
                .headers().firstValue("Location").orElse("");
        if (location.contains("/account/password")) {
            throw new AssertionError(login + " could not choose a password");
        }
        return session;
    }

    /** Where the sign-in form sends this login and password ({@code /login?error} when refused). */
    static String signInLocation(int port, String login, String password) {
        return new BrowserSession(port).signIn(login, password).headers().firstValue("Location").orElse("");
    }
}
