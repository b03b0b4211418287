package io.kopilka.web.security;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.SignInThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Two doors: integrations reach {@code /api/**} with API keys and no session; people sign in with a form and a
 * session, with CSRF protection on every state-changing request (htmx ones included), sign-in throttling and the
 * browser-hardening headers of {@link SecurityHeaders} (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] STAFF = {"CONSULTANT", "MARKETER", "ADMIN", "FINANCE"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys apiKeys, ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) ->
                problems.write(request, response, HttpStatus.UNAUTHORIZED,
                        exception instanceof BadCredentialsException ? "problem.api.unknownKey" : "problem.api.unauthorized");
        AccessDeniedHandler forbidden = new LoggedAccessDenial((request, response, exception) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.api.forbidden"));
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable()) // no cookies here: the key travels in a header on every request
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityHeaders.api())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, unauthorized), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**", "/actuator/prometheus").hasAuthority("SCOPE_operator")
                        .requestMatchers("/api/v1/integration").authenticated()
                        .anyRequest().hasAuthority("SCOPE_orders"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, SignInThrottle throttle) throws Exception {
        SignInAttempts attempts = new SignInAttempts(throttle);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/signup", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/favicon.svg", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        // the e-mails' opening receipt: fetched by mail clients, without a session (docs/notifications.md)
                        .requestMatchers(HttpMethod.GET, "/n/o/*").permitAll()
                        .requestMatchers("/cabinet/**").hasRole("CUSTOMER")
                        .requestMatchers("/business/buyers/**").hasRole("B2B_BUYER")
                        .requestMatchers("/business/**").hasRole("B2B_BUYER")
                        .requestMatchers("/backoffice/staff/**").hasRole("ADMIN")
                        .requestMatchers("/backoffice/api-keys/**", "/backoffice/audit/**", "/backoffice/ledger/**",
                                "/backoffice/customers/*/adjustments/**", "/backoffice/customers/*/merge/**",
                                "/backoffice/programme/tiers/**").hasRole("ADMIN")
                        // every programme settings form (not the programme page itself, which all staff read)
                        .requestMatchers("/backoffice/programme/*/**").hasRole("ADMIN")
                        .requestMatchers("/backoffice/payouts/**").hasRole("FINANCE")
                        .requestMatchers("/backoffice/customers/*/offer/**").hasAnyRole("CONSULTANT", "ADMIN")
                        .requestMatchers("/backoffice/customers/**", "/backoffice/companies/**", "/backoffice/orders/**")
                                .hasAnyRole("CONSULTANT", "ADMIN", "FINANCE")
                        .requestMatchers("/backoffice/request-log/**").hasAnyRole("CONSULTANT", "ADMIN")
                        .requestMatchers("/backoffice/reports", "/backoffice/reports/**").hasAnyRole("MARKETER", "ADMIN")
                        .requestMatchers("/backoffice/jobs/*/schedule").hasRole("ADMIN")
                        .requestMatchers("/backoffice/notifications/outbox/**").hasRole("ADMIN")
                        .requestMatchers("/backoffice/notifications/**").hasAnyRole("MARKETER", "ADMIN")
                        .requestMatchers("/backoffice/jobs", "/backoffice/jobs/**").hasAnyRole("ADMIN", "FINANCE")
                        .requestMatchers("/backoffice/promotions", "/backoffice/promotions/**")
                                .hasAnyRole("MARKETER", "ADMIN")
                        .requestMatchers("/backoffice/**", "/swagger-ui.html", "/swagger-ui/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(attempts)
                        .failureHandler(attempts)
                        .permitAll())
                .addFilterBefore(new LockedSignInFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                // Spring's default, stated: signing in gives the session a new id, so one planted before is useless
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityHeaders.portal())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID")
                        // over HTTPS the browser also drops its cache and storage of the portal (docs/security.md)
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                Directive.CACHE, Directive.COOKIES, Directive.STORAGE))))
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(new LoggedAccessDenial(new AccessDeniedHandlerImpl()))
                        // an expired session inside an htmx request reloads the page, which then goes to /login,
                        // instead of swapping the login page into a fragment
                        .authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
                                        new RequestHeaderRequestMatcher("HX-Request"))
                                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                                .build()));
        return http.build();
    }
}
