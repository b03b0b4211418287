package io.kopilka.notifications;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The notifications module with the modules whose events it listens to and whose data it reads, on a real database. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.notifications", "io.kopilka.customers", "io.kopilka.ledger",
        "io.kopilka.programme", "io.kopilka.audit"})
public class NotificationsTestApplication {
}
