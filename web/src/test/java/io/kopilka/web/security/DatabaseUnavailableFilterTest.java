package io.kopilka.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(problems());

    @Test
    void anApiCallWithoutAPooledConnectionGets503ProblemDetailsWithRetryAfter() throws Exception {
        MockHttpServletResponse response = run("/api/v1/orders", new CannotGetJdbcConnectionException("pool",
                new SQLTransientConnectionException("kopilka - Connection is not available, request timed out")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("Service Unavailable")
                .contains("The database is unreachable");
    }

    @Test
    void aPageWhoseTransactionCouldNotStartIsSentToThe503ErrorPage() throws Exception {
        MockHttpServletResponse response = run("/cabinet", new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isNull(); // the error page renders it
    }

    @Test
    void aConnectionLostMidCallIsRecognisedBehindTheRollbackThatFailedWithIt() throws Exception {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new RecoverableDataAccessException("Communications link failure",
                new java.sql.SQLRecoverableException("Communications link failure", "08S01")));

        assertThat(run("/api/v1/orders", rollbackFailed).getStatus()).isEqualTo(503);
    }

    @Test
    void otherFailuresAreNotDisguisedAsUnavailability() {
        assertThatThrownBy(() -> run("/api/v1/orders", new DataIntegrityViolationException("duplicate")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> run("/cabinet", new IllegalStateException("bug")))
                .isInstanceOf(IllegalStateException.class);
    }

    private MockHttpServletResponse run(String path, Exception failure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain failing = (req, res) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
        filter.doFilter(request, response, failing);
        return response;
    }

    private static ProblemResponses problems() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.database.unavailable", Locale.ENGLISH,
                "The database is unreachable or overloaded at the moment.");
        return new ProblemResponses(messages, new AcceptHeaderLocaleResolver(), JsonMapper.builder().build());
    }
}
