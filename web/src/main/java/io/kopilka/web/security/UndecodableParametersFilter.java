package io.kopilka.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests whose parameters are not UTF-8 with 400 before Spring MVC looks for their handler — a problem on
 * the API, the error page on the portal: Tomcat refuses to decode such parameters, and the handler lookup (which
 * reads them for mappings with parameter conditions) and data binding would otherwise fail outside every exception
 * handler, logging a client's mistake as an error with its stack trace.
 */
class UndecodableParametersFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    UndecodableParametersFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException undecodable) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.parameters.unreadable");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Puts the filter on every request, just inside Spring Security's filters. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UndecodableParametersFilter> undecodableParametersFilter(ProblemResponses problems) {
            var registration = new FilterRegistrationBean<>(new UndecodableParametersFilter(problems));
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
            return registration;
        }
    }
}
