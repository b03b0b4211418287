package io.kopilka.ledger;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ledger module alone on the real database stack (embedded MariaDB, Flyway, jOOQ), for the module's tests. */
@SpringBootApplication(scanBasePackages = "io.kopilka.ledger")
public class LedgerTestApplication {
}
