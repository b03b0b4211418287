package io.kopilka.web.security;

import io.kopilka.identity.SignInThrottle;
import io.kopilka.web.api.log.PersonalData;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Tells the sign-in throttle how each form sign-in ended: a failure is counted (and may lock the login or the
 * address: the page then says so, for an unknown login exactly as for a known one), a success forgets the login's
 * failures and goes on as before (the saved request, or {@code /}).
 */
final class SignInAttempts extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {

    static final String FAILED_URL = "/login?error";
    static final String LOCKED_URL = "/login?locked";

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final SignInThrottle throttle;

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
        setDefaultTargetUrl("/");
    }

    /** The login typed on the sign-in form, empty when none was. */
    static String login(HttpServletRequest request) {
        String login = request.getParameter("username");
        return login == null ? "" : login;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String login = login(request);
        boolean locked = throttle.recordFailure(login, request.getRemoteAddr());
        if (locked) {
            // the log shows who was locked out without the phone or e-mail in clear (docs/security.md)
            log.warn("Sign-in locked out after repeated failures: login {} from {}", PersonalData.maskLogin(login),
                    request.getRemoteAddr());
        }
        getRedirectStrategy().sendRedirect(request, response, locked ? LOCKED_URL : FAILED_URL);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        throttle.recordSuccess(login(request));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
