package io.kopilka.customers;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The customers module with the programme module it calls (and the audit log that one records in), on a real database: what the module's tests start. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.customers", "io.kopilka.programme", "io.kopilka.audit"})
public class CustomersTestApplication {
}
