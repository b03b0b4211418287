package io.kopilka.web.api.log;

import io.kopilka.requestlog.RequestLog;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Puts the request log's filter on {@code /api/*}, just outside Spring Security's filters and the database-trouble filter. */
@Configuration(proxyBeanMethods = false)
class ApiCallLogConfiguration {

    @Bean
    FilterRegistrationBean<ApiCallLogFilter> apiCallLogFilter(RequestLog requestLog, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new ApiCallLogFilter(requestLog, new ApiCalls(json)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2); // outside the 503 filter, to log its answer
        return registration;
    }
}
