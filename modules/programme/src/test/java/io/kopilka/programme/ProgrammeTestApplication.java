package io.kopilka.programme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The programme module with the audit module it records its changes in, on a real database. */
@SpringBootApplication(scanBasePackages = {"io.kopilka.programme", "io.kopilka.audit"})
public class ProgrammeTestApplication {
}
