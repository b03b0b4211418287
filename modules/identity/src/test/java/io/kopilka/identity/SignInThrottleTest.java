package io.kopilka.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.db.embedded.TestDatabaseFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Failed sign-ins lock a login (5 in 15 minutes) or an address (50) for 15 minutes, counted in the database. */
@SpringBootTest(classes = IdentityTestApplication.class)
class SignInThrottleTest {

    private static final Path DATA_DIR = TestDatabaseFolder.fresh();
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    SignInThrottle throttle;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("kopilka.data-dir", DATA_DIR::toString);
    }

    private static String newLogin() {
        return "throttle.user" + NEXT.incrementAndGet();
    }

    private static String newAddress() {
        return "10.1.0." + NEXT.incrementAndGet();
    }

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(login, address);
        }
    }

    @Test
    void theFifthFailureWithinTheWindowLocksTheLoginFromEveryAddressUntilTheLockEnds() {
        String login = newLogin();
        String address = newAddress();

        fail(login, address, 4);
        assertThat(throttle.isLocked(login, address)).as("after four failures").isFalse();

        assertThat(throttle.recordFailure(login, address)).as("the fifth locks").isTrue();
        assertThat(throttle.isLocked(login, address)).isTrue();
        assertThat(throttle.isLocked(login, newAddress())).as("from another address too").isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(login, address)).as("14 minutes later").isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isLocked(login, address)).as("15 minutes later").isFalse();
        assertThat(throttle.recordFailure(login, address)).as("the failures before the lock no longer count")
                .isFalse();
    }

    @Test
    void aPhoneIsCountedAsOneLoginHoweverItIsTyped() {
        String phone = "+7916" + String.format("%07d", NEXT.incrementAndGet());
        String address = newAddress();

        throttle.recordFailure(phone, address);
        throttle.recordFailure("8" + phone.substring(2), address);
        throttle.recordFailure(phone.substring(2), address);
        throttle.recordFailure("8 (" + phone.substring(2, 5) + ") " + phone.substring(5), address);
        throttle.recordFailure(" " + phone, address);

        assertThat(throttle.isLocked(phone, newAddress())).isTrue();
    }

    @Test
    void anotherLoginFromTheSameAddressIsUnaffected() {
        String locked = newLogin();
        String address = newAddress();
        fail(locked, address, 5);

        String other = newLogin();
        assertThat(throttle.isLocked(locked, address)).isTrue();
        assertThat(throttle.isLocked(other, address)).isFalse();
        assertThat(throttle.recordFailure(other, address)).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsTheEarlierFailures() {
        String login = newLogin();
        String address = newAddress();
        fail(login, address, 4);

        throttle.recordSuccess(login);
        fail(login, address, 4);

        assertThat(throttle.isLocked(login, address)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        String login = newLogin();
        String address = newAddress();
        fail(login, address, 4);

        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.recordFailure(login, address)).isFalse();
        assertThat(throttle.isLocked(login, address)).isFalse();
    }

    @Test
    void fiftyFailuresFromOneAddressOverManyLoginsLockTheAddressButNotOtherAddresses() {
        String address = newAddress();
        for (int i = 0; i < 49; i++) {
            throttle.recordFailure(newLogin(), address);
        }
        String next = newLogin();
        assertThat(throttle.isLocked(next, address)).as("after 49").isFalse();

        assertThat(throttle.recordFailure(next, address)).as("the fiftieth locks the address").isTrue();

        assertThat(throttle.isLocked(newLogin(), address)).as("any login from that address").isTrue();
        assertThat(throttle.isLocked(next, newAddress())).as("the login from elsewhere").isFalse();
    }

    @Test
    void aLockOutIsRecordedInTheAuditLogWithoutAPassword() {
        String login = newLogin();
        fail(login, newAddress(), 5);

        assertThat(audit.search(new AuditQuery(null, "sign-in.locked", null, null, null, 500)))
                .anySatisfy(entry -> {
                    assertThat(entry.subject()).isEqualTo("login " + login);
                    assertThat(entry.actor()).isEqualTo("sign-in throttle");
                    assertThat(entry.before()).isEqualTo("5 failed sign-ins in 15 min");
                    assertThat(entry.after()).isEqualTo("locked for 15 min");
                });
    }
}
