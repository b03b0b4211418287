package io.kopilka.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The jobs with the modules they call, on a real database: what the batch module's tests start. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.batch", "io.kopilka.orders", "io.kopilka.promotions",
        "io.kopilka.customers", "io.kopilka.programme", "io.kopilka.ledger", "io.kopilka.audit",
        "io.kopilka.reporting"})
public class BatchTestApplication {
}
