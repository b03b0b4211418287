package io.kopilka.web.api.log;

import io.kopilka.identity.ApiClient;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.web.security.ApiKeyAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every {@code /api/**} call in the request log. It runs outside Spring Security, so calls refused for a
 * missing or unknown key are logged too; the integration comes from the request attribute the key filter sets. The
 * answer is sent before the call is described, and recording only queues it.
 */
class ApiCallLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiCallLogFilter.class);

    private final RequestLog requestLog;
    private final ApiCalls calls;

    ApiCallLogFilter(RequestLog requestLog, ApiCalls calls) {
        this.requestLog = requestLog;
        this.calls = calls;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocalDateTime receivedAt = LocalDateTime.now(ZoneOffset.UTC);
        long started = System.nanoTime();
        // keeps a little more than the log stores, so a long body is cut rather than lost
        var cachingRequest = new ContentCachingRequestWrapper(request, RequestLog.MAX_BODY_CHARS * 4);
        var cachingResponse = new ContentCachingResponseWrapper(response);
        boolean failed = true;
        try {
            chain.doFilter(cachingRequest, cachingResponse);
            failed = false;
        } finally {
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : cachingResponse.getStatus();
            byte[] responseBody = cachingResponse.getContentAsByteArray();
            String responseType = cachingResponse.getContentType();
            try {
                ApiClient client = request.getAttribute(ApiKeyAuthentication.CLIENT_ATTRIBUTE) instanceof ApiClient c ? c : null;
                requestLog.record(calls.describe(receivedAt, client, request.getMethod(), request.getRequestURI(),
                        request.getQueryString(), status, durationMs,
                        new ApiCalls.Body(cachingRequest.getContentAsByteArray(), request.getContentType()),
                        new ApiCalls.Body(responseBody, responseType)));
            } catch (RuntimeException e) {
                log.warn("Could not log the API call {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            } finally {
                // Queued before the client has its answer, so whoever reads the log after the answer finds the call.
                cachingResponse.copyBodyToResponse();
            }
        }
    }
}
