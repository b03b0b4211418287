package io.kopilka.web.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The response headers that tell the browser what a page may do (docs/security.md, ADR 0019): a
 * Content-Security-Policy without inline script or style, no framing, no referrer, no camera, microphone or
 * location, no MIME sniffing; Spring Security's defaults (no-store caching of pages, HSTS over HTTPS) stay on.
 */
final class SecurityHeaders {

    /** The portal's pages: everything from the portal itself, nothing inline, no plugins, never in a frame. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Swagger UI (springdoc's bundle, not ours) sets style attributes from its React components' markup, so its
     * own path alone allows inline styles; scripts stay as strict as on every other page.
     */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The API answers JSON: nothing in it may load or run anything, nor be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    private SecurityHeaders() {
    }

    /** Headers of the portal's pages, with Swagger UI's relaxed style policy on its own path only. */
    static Customizer<HeadersConfigurer<HttpSecurity>> portal() {
        RequestMatcher swagger = new OrRequestMatcher(pathPattern("/swagger-ui/**"), pathPattern("/swagger-ui.html"));
        return headers -> common(headers)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_POLICY)));
    }

    /** Headers of the API's answers. */
    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // HSTS: Spring's default (one year, subdomains) is written only on HTTPS requests (docs/security.md)
                .httpStrictTransportSecurity(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults());
    }
}
