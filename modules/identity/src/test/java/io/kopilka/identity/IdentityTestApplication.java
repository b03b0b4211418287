package io.kopilka.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The identity module with the audit log it writes to, on a real database: what the module's tests start. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.identity", "io.kopilka.audit"})
public class IdentityTestApplication {
}
