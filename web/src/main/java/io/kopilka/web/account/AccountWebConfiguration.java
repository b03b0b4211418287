package io.kopilka.web.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the initial-password check on every page except the password page itself and what it needs. */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InitialPasswordInterceptor())
                .excludePathPatterns(PasswordController.PATH, "/login", "/logout", "/error", "/error/**",
                        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                        "/api/**", "/actuator/**");
    }
}
