package io.kopilka.web.security;

import io.kopilka.db.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when a request fails because the database is unreachable, dropped the
 * connection, has no pooled connection to spare or stays locked beyond the retries: problem details on the API, the
 * friendly error page on the portal. Such a failure rolled the request's transaction back, and every API call is
 * idempotent, so the client can safely send the same call again; the pool reconnects by itself.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Request attribute set when the database failed the request: its error page must not read the session. */
    static final String FAILED = DatabaseUnavailableFilter.class.getName() + ".FAILED";

    /** Seconds a client is asked to wait: about the pool's connection timeout. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemResponses problems;

    DatabaseUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !(DatabaseFailures.isUnavailable(e) || DatabaseFailures.isLockConflict(e))) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootOf(e));
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.database.unavailable");
            } else {
                // rendered by templates/error/503.html, without the session in the database (SessionlessErrorPage)
                request.setAttribute(FAILED, Boolean.TRUE);
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }

    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
