package io.kopilka.web.instances;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People's sessions are rows of SPRING_SESSION, which is what lets any instance serve them (docs/scaling.md). */
class SessionsInTheDatabaseTest extends PortalIntegrationTest {

    private static final String CUSTOMER = "+79990000001";

    @Autowired
    DSLContext db;

    @Autowired
    SessionCleanup cleanup;

    @Test
    void signingInStoresTheSessionWithItsPersonAndSigningOutDeletesIt() {
        BrowserSession customer = BrowserSession.demoSignedIn(port, CUSTOMER);
        Map.Entry<String, String> csrf = customer.csrfMetaTags("/cabinet");
        // the cookie carries the session id Base64-encoded (Spring Session's cookie serialiser)
        String id = new String(Base64.getDecoder().decode(customer.cookie("JSESSIONID").orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(db.fetchValue("SELECT PRINCIPAL_NAME FROM SPRING_SESSION WHERE SESSION_ID = ?", id))
                .isEqualTo(CUSTOMER);
        assertThat(number("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = ?",
                id)).as("30 minutes").isEqualTo(1800);
        assertThat(number("SELECT count(*) FROM SPRING_SESSION_ATTRIBUTES a JOIN SPRING_SESSION s"
                + " ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ?"
                + " AND a.ATTRIBUTE_NAME = 'SPRING_SECURITY_CONTEXT'", id)).isEqualTo(1);

        assertThat(customer.post("/logout", csrf.getKey(), csrf.getValue()).statusCode()).isEqualTo(302);

        assertThat(number("SELECT count(*) FROM SPRING_SESSION WHERE SESSION_ID = ?", id))
                .isZero();
    }

    @Test
    void theCleanupDeletesExpiredSessionsWithTheirAttributesAndKeepsLiveOnes() {
        long now = System.currentTimeMillis();
        String expired = session(now - 3_600_000L, "cleanup-expired");
        String live = session(now + 3_600_000L, "cleanup-live");
        // free the lock as if no instance had cleaned up lately (an update, not a delete: ShedLock remembers that the
        // row exists and from then on only updates it); a scheduled clean-up in between deletes the same row
        db.execute("UPDATE shedlock SET lock_until = TIMESTAMP '2000-01-01 00:00:00' WHERE name = 'kopilka-session-cleanup'");

        cleanup.deleteExpired();

        assertThat(number("SELECT count(*) FROM SPRING_SESSION WHERE PRIMARY_ID = ?", expired))
                .isZero();
        assertThat(number("SELECT count(*) FROM SPRING_SESSION_ATTRIBUTES WHERE SESSION_PRIMARY_ID = ?",
                expired)).isZero();
        assertThat(number("SELECT count(*) FROM SPRING_SESSION WHERE PRIMARY_ID = ?", live))
                .isEqualTo(1);
    }

    private long number(String sql, Object... bindings) {
        return ((Number) db.fetchValue(sql, bindings)).longValue();
    }

    /** A session row with one attribute, expiring at {@code expiry} (epoch milliseconds); answers its primary id. */
    private String session(long expiry, String principal) {
        String id = UUID.randomUUID().toString();
        db.execute("INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME,"
                + " MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME) VALUES (?, ?, ?, ?, 1800, ?, ?)",
                id, UUID.randomUUID().toString(), expiry - 1_800_000L, expiry - 1_800_000L, expiry, principal);
        db.execute("INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)"
                + " VALUES (?, 'note', ?)", id, new byte[] {1, 2, 3});
        return id;
    }
}
