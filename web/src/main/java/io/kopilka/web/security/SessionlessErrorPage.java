package io.kopilka.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Renders the error page of a request the database failed without the person's session, which lives in the same
 * database (Spring Session JDBC): reading it would fail again and leave the servlet container's bare error page instead
 * of the friendly one. The page sees no session (an anonymous person) and whatever it stores (a fresh CSRF token for
 * the layout's forms) goes to a session of this request alone, never saved and never sent as a cookie, so the person's
 * own session is untouched and serves again once the database is back. Runs on error dispatches only, inside Spring
 * Session's filter.
 */
class SessionlessErrorPage extends OncePerRequestFilter {

    private static final HttpSessionCsrfTokenRepository TOKENS = new HttpSessionCsrfTokenRepository();

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getAttribute(DatabaseUnavailableFilter.FAILED) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Sessionless sessionless = new Sessionless(request);
        // the CSRF token Security handed the failed request would be read from the stored session: a fresh one instead
        CsrfToken token = TOKENS.generateToken(sessionless);
        TOKENS.saveToken(token, sessionless, response);
        request.setAttribute(CsrfToken.class.getName(), token);
        request.setAttribute(token.getParameterName(), token);
        chain.doFilter(sessionless, response);
    }

    /** The request with a session of its own instead of the stored one. */
    private static final class Sessionless extends HttpServletRequestWrapper {

        private @Nullable HttpSession session;

        Sessionless(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new RequestSession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            HttpSession created = getSession(true);
            assert created != null;
            return created;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }

    /** A session that lives as long as the error page's request. */
    private static final class RequestSession implements HttpSession {

        private final String id = UUID.randomUUID().toString();
        private final long created = System.currentTimeMillis();
        private final Map<String, Object> attributes = new HashMap<>();
        private final ServletContext context;
        private int maxInactiveInterval;

        RequestSession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactiveInterval = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactiveInterval;
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}
