package io.kopilka.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link DatabaseUnavailableFilter} on every path just outside Spring Security's filters (which read API keys
 * and users from the database) and inside the API request log's, so the log records the 503 the client got.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

    /** Right outside Spring Security; the request log sits one further out. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(problems));
        registration.addUrlPatterns("/*");
        registration.setOrder(ORDER);
        return registration;
    }

    /** The error page of such a request, on error dispatches: inside Spring Session's filter, outside Security's. */
    @Bean
    FilterRegistrationBean<SessionlessErrorPage> sessionlessErrorPage() {
        var registration = new FilterRegistrationBean<>(new SessionlessErrorPage());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(ORDER);
        return registration;
    }
}
