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
 * Answers API requests whose parameters are not UTF-8 with a 400 problem before Spring MVC looks for their handler:
 * Tomcat refuses to decode such parameters, and the handler lookup (which reads them for mappings with parameter
 * conditions) would otherwise fail outside every exception handler of the API.
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
            problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.parameters.unreadable");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Puts the filter on {@code /api/*}, just inside Spring Security's filters. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UndecodableParametersFilter> undecodableParametersFilter(ProblemResponses problems) {
            var registration = new FilterRegistrationBean<>(new UndecodableParametersFilter(problems));
            registration.addUrlPatterns("/api/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
            return registration;
        }
    }
}
