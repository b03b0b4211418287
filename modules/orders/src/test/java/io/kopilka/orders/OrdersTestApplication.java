package io.kopilka.orders;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The orders module with the modules it calls, on a real database: what the module's tests start. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.orders", "io.kopilka.promotions", "io.kopilka.customers",
        "io.kopilka.programme", "io.kopilka.ledger", "io.kopilka.audit"})
public class OrdersTestApplication {
}
