package io.kopilka.web.security;

import io.kopilka.web.api.log.PersonalData;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Logs every refusal of a signed-in person or an API key (OWASP ASVS 7.2.2: who, which request, why) before the usual
 * answer, so repeated probing of pages one may not see shows up in the log. The query string is left out: a search may
 * carry a phone number in it.
 */
final class LoggedAccessDenial implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(LoggedAccessDenial.class);

    private final AccessDeniedHandler answer;

    LoggedAccessDenial(AccessDeniedHandler answer) {
        this.answer = answer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Principal who = request.getUserPrincipal();
        log.warn("Access denied ({}): {} {} for {} from {}", denied instanceof CsrfException ? "CSRF token" : "role",
                request.getMethod(), request.getRequestURI(),
                who == null ? "a visitor" : PersonalData.maskLogin(who.getName()), request.getRemoteAddr());
        answer.handle(request, response, denied);
    }
}
