package io.kopilka.web.security;

import static io.kopilka.db.Tables.LOGIN_FAILURE;
import static io.kopilka.db.Tables.LOGIN_LOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in form locks a login out after five failures within 15 minutes, for 15 minutes, whether or not an
 * account has that login; the right password is refused meanwhile, other people sign in as usual.
 */
class SignInThrottlingTest extends PortalIntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "right-password-1";

    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    DSLContext db;

    /**
     * Every test signs in from 127.0.0.1, like the rest of the suite sharing this portal: its failures are taken
     * back so that they do not add up to the per-address limit for the tests that follow.
     */
    @AfterEach
    void forgetThisTestsFailures() {
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.LOGIN.like("+7955%")).execute();
    }

    private String newCustomer() {
        String phone = "+7955" + String.format("%07d", 4_000_000 + NEXT.incrementAndGet());
        accounts.register(new NewAccount(phone, PASSWORD, "Проба Замка", Set.of(Role.CUSTOMER)));
        return phone;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> signIn(String login, String password) {
        return new BrowserSession(port).signIn(login, password);
    }

    private void failTimes(String login, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(location(signIn(login, "wrong-" + i))).as("failure " + (i + 1)).endsWith("/login?error");
        }
    }

    /** What 16 minutes passing does to this login's records: its failures and its lock move into the past. */
    private void letSixteenMinutesPass(String login) {
        db.update(LOGIN_LOCK).set(LOGIN_LOCK.LOCKED_UNTIL, DSL.localDateTimeSub(LOGIN_LOCK.LOCKED_UNTIL, 16,
                org.jooq.DatePart.MINUTE)).where(LOGIN_LOCK.SUBJECT.eq(login)).execute();
        db.update(LOGIN_FAILURE).set(LOGIN_FAILURE.FAILED_AT, DSL.localDateTimeSub(LOGIN_FAILURE.FAILED_AT, 16,
                org.jooq.DatePart.MINUTE)).where(LOGIN_FAILURE.LOGIN.eq(login)).execute();
    }

    @Test
    void theFifthWrongPasswordLocksTheLoginAndTheRightOneIsRefusedUntilTheLockEnds() {
        String phone = newCustomer();
        failTimes(phone, 4);

        HttpResponse<String> fifth = signIn(phone, "wrong-again");
        assertThat(location(fifth)).endsWith("/login?locked");

        BrowserSession owner = new BrowserSession(port);
        HttpResponse<String> rightPassword = owner.signIn(phone, PASSWORD);
        assertThat(location(rightPassword)).as("the right password while locked").endsWith("/login?locked");
        assertThat(location(owner.get("/cabinet"))).as("not signed in").endsWith("/login");
        assertThat(owner.get("/login?locked").body())
                .contains("id=\"login-locked\"", "Слишком много неудачных попыток входа", "15 мин.");

        letSixteenMinutesPass(phone);

        BrowserSession later = new BrowserSession(port);
        assertThat(location(later.signIn(phone, PASSWORD))).as("after the lock").endsWith("/");
        assertThat(later.get("/cabinet").statusCode()).isEqualTo(200);
    }

    @Test
    void aPhoneTypedInAnotherFormCountsForTheSameLogin() {
        String phone = newCustomer();
        failTimes(phone, 4);

        assertThat(location(signIn("8 (" + phone.substring(2, 5) + ") " + phone.substring(5), "wrong")))
                .endsWith("/login?locked");
    }

    @Test
    void anUnknownLoginIsLockedOutWithTheSameWordsAsAKnownOne() {
        String nobody = "+7955" + String.format("%07d", 9_000_000 + NEXT.incrementAndGet());
        String known = newCustomer();
        failTimes(nobody, 4);
        failTimes(known, 4);

        HttpResponse<String> unknownLocked = signIn(nobody, "wrong");
        HttpResponse<String> knownLocked = signIn(known, "wrong");

        assertThat(location(unknownLocked)).isEqualTo(location(knownLocked)).endsWith("/login?locked");
        assertThat(location(signIn(nobody, "anything"))).endsWith("/login?locked");
    }

    @Test
    void anotherAccountSignsInWhileOneIsLocked() {
        String locked = newCustomer();
        String other = newCustomer();
        failTimes(locked, 5 - 1);
        signIn(locked, "wrong");

        BrowserSession session = new BrowserSession(port);
        assertThat(location(session.signIn(other, PASSWORD))).endsWith("/");
        assertThat(session.get("/cabinet").statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        String phone = newCustomer();
        failTimes(phone, 4);
        assertThat(location(signIn(phone, PASSWORD))).endsWith("/");

        failTimes(phone, 4);
        assertThat(location(signIn(phone, PASSWORD))).as("still not locked").endsWith("/");
    }

    @Test
    void theLockOutIsInTheAuditLog() {
        String phone = newCustomer();
        failTimes(phone, 4);
        signIn(phone, "wrong");

        assertThat(audit.search(new AuditQuery(null, "sign-in.locked", null, null, null, 500)))
                .anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("login " + phone));
    }

    @Test
    void signingInGivesTheSessionANewId() {
        BrowserSession session = new BrowserSession(port);
        session.csrfTokenFromLoginPage();
        String before = session.cookie("JSESSIONID").orElseThrow();

        session.signIn("+79990000003", "demo");

        String after = session.cookie("JSESSIONID").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(session.get("/cabinet").statusCode()).isEqualTo(200);
    }
}
