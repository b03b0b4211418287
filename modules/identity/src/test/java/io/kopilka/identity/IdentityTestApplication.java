package io.kopilka.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The identity module with the audit log it writes to, on a real database: what the module's tests start. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.identity", "io.kopilka.audit"})
public class IdentityTestApplication {

    /** A clock the sign-in throttle's tests move forward; only ever ahead of the real time. */
    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
