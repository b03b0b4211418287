package io.kopilka.web.security;

import io.kopilka.identity.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Refuses a sign-in while its login or the client's address is locked out, before the password is checked: a
 * locked login cannot be guessed further, even with the right password, and costs no password hashing.
 */
final class LockedSignInFilter extends OncePerRequestFilter {

    private final RequestMatcher signIn = pathPattern(HttpMethod.POST, "/login");
    private final SignInThrottle throttle;

    LockedSignInFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.isLocked(SignInAttempts.login(request), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + SignInAttempts.LOCKED_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}
