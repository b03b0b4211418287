package io.kopilka.identity.internal;

import static io.kopilka.db.Tables.LOGIN_FAILURE;
import static io.kopilka.db.Tables.LOGIN_LOCK;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.db.Ids;
import io.kopilka.identity.LoginNames;
import io.kopilka.identity.SignInThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JooqSignInThrottle implements SignInThrottle {

    /** Who the audit log names as the actor of a lock-out: nobody on the staff, the portal itself. */
    static final String ACTOR = "sign-in throttle";
    private static final int MAX_SUBJECT_LENGTH = 100;
    /** Expired failures deleted at each failure: old rows go away without a job of their own. */
    private static final int PURGE_CHUNK = 500;

    private final DSLContext db;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailuresPerLogin;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockDuration;

    JooqSignInThrottle(DSLContext db, AuditLog audit, ObjectProvider<Clock> clock,
                       @Value("${kopilka.sign-in.max-failures-per-login:5}") int maxFailuresPerLogin,
                       @Value("${kopilka.sign-in.max-failures-per-address:50}") int maxFailuresPerAddress,
                       @Value("${kopilka.sign-in.window:PT15M}") Duration window,
                       @Value("${kopilka.sign-in.lock-duration:PT15M}") Duration lockDuration) {
        this.db = db;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.maxFailuresPerLogin = maxFailuresPerLogin;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    private enum Kind { LOGIN, ADDRESS }

    @Override
    @Transactional(readOnly = true)
    public boolean isLocked(String login, String address) {
        LocalDateTime now = now();
        return db.fetchExists(LOGIN_LOCK, LOGIN_LOCK.LOCKED_UNTIL.gt(now).and(
                LOGIN_LOCK.KIND.eq(Kind.LOGIN.name()).and(LOGIN_LOCK.SUBJECT.eq(key(login)))
                        .or(LOGIN_LOCK.KIND.eq(Kind.ADDRESS.name()).and(LOGIN_LOCK.SUBJECT.eq(cut(address))))));
    }

    @Override
    public boolean recordFailure(String login, String address) {
        LocalDateTime now = now();
        String loginKey = key(login);
        String addressKey = cut(address);
        db.insertInto(LOGIN_FAILURE, LOGIN_FAILURE.ID, LOGIN_FAILURE.LOGIN, LOGIN_FAILURE.ADDRESS,
                        LOGIN_FAILURE.FAILED_AT)
                .values(Ids.next(), loginKey, addressKey, now)
                .execute();
        boolean loginLocked = lockIfTooMany(Kind.LOGIN, loginKey, LOGIN_FAILURE.LOGIN, maxFailuresPerLogin, now);
        boolean addressLocked = lockIfTooMany(Kind.ADDRESS, addressKey, LOGIN_FAILURE.ADDRESS, maxFailuresPerAddress,
                now);
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.FAILED_AT.lt(now.minus(window))).limit(PURGE_CHUNK).execute();
        return loginLocked || addressLocked;
    }

    /** Counts the subject's failures in the window since its last lock-out ended, and locks it at the limit. */
    private boolean lockIfTooMany(Kind kind, String subject, Field<String> column, int limit, LocalDateTime now) {
        LocalDateTime since = now.minus(window);
        LocalDateTime lastLockEnd = db.select(LOGIN_LOCK.LOCKED_UNTIL).from(LOGIN_LOCK)
                .where(LOGIN_LOCK.KIND.eq(kind.name()), LOGIN_LOCK.SUBJECT.eq(subject))
                .fetchOne(LOGIN_LOCK.LOCKED_UNTIL);
        if (lastLockEnd != null && lastLockEnd.isAfter(since)) {
            since = lastLockEnd;
        }
        int failures = db.fetchCount(LOGIN_FAILURE, column.eq(subject), LOGIN_FAILURE.FAILED_AT.gt(since));
        if (failures < limit) {
            return false;
        }
        LocalDateTime until = now.plus(lockDuration);
        db.insertInto(LOGIN_LOCK, LOGIN_LOCK.KIND, LOGIN_LOCK.SUBJECT, LOGIN_LOCK.LOCKED_UNTIL)
                .values(kind.name(), subject, until)
                .onDuplicateKeyUpdate()
                .set(LOGIN_LOCK.LOCKED_UNTIL, until)
                .execute();
        audit.record(new StaffChange(ACTOR, "sign-in.locked", kind.name().toLowerCase(Locale.ROOT) + " "
                + subject, failures + " failed sign-ins in " + window.toMinutes() + " min",
                "locked for " + lockDuration.toMinutes() + " min"));
        return true;
    }

    @Override
    public void recordSuccess(String login) {
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.LOGIN.eq(key(login))).execute();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String key(String login) {
        return cut(LoginNames.normalize(login == null ? "" : login));
    }

    private static String cut(String value) {
        String text = value == null ? "" : value;
        return text.length() <= MAX_SUBJECT_LENGTH ? text : text.substring(0, MAX_SUBJECT_LENGTH);
    }
}
