package io.kopilka.web.account;

import io.kopilka.web.security.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends a person who signed in with an initial password to {@link PasswordController#PATH} from every page until they
 * have chosen their own: a browser by a redirect, htmx by {@code HX-Redirect} (so the page itself moves instead of
 * the password page being swapped into a fragment). The pages it must leave alone are excluded where it is registered.
 */
class InitialPasswordInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
                || !user.mustChangePassword()) {
            return true;
        }
        String target = request.getContextPath() + PasswordController.PATH;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.sendRedirect(target);
        }
        return false;
    }
}
