package io.kopilka.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The reporting module alone on a real database: what the module's tests start. */
@SpringBootApplication(scanBasePackages = "io.kopilka.reporting")
public class ReportingTestApplication {
}
