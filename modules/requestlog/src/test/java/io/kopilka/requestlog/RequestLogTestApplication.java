package io.kopilka.requestlog;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The request log module alone, on a real database. */
@SpringBootApplication
public class RequestLogTestApplication {
}
