package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

class SessionlessErrorPageTest {

    private final SessionlessErrorPage filter = new SessionlessErrorPage();

    @Test
    void theErrorPageOfARequestTheDatabaseFailedSeesNoStoredSessionAndGetsAFreshCsrfTokenOfItsOwn() throws Exception {
        MockHttpServletRequest request = errorDispatch();
        request.setAttribute(DatabaseUnavailableFilter.FAILED, Boolean.TRUE);
        HttpSession stored = request.getSession(true);

        HttpServletRequest seen = pass(request);

        assertThat(seen.isRequestedSessionIdValid()).as("the person's session is not read").isFalse();
        HttpSession own = seen.getSession(false);
        assertThat(own).as("the page's own, holding its fresh CSRF token").isNotNull().isNotSameAs(stored);
        CsrfToken token = (CsrfToken) seen.getAttribute("_csrf");
        assertThat(token.getToken()).isNotBlank();
        assertThat(Collections.list(stored.getAttributeNames())).isEmpty();
    }

    @Test
    void otherErrorPagesUseTheSessionAsUsual() throws Exception {
        MockHttpServletRequest request = errorDispatch();
        HttpSession stored = request.getSession(true);

        assertThat(pass(request).getSession(false)).isSameAs(stored);
    }

    private static MockHttpServletRequest errorDispatch() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        return request;
    }

    private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
