package io.kopilka.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the processing API and its bearer API-key authentication in the published OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kopilkaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kopilka processing API").version("v1")
                        .description("Customers, orders and points for shops, e-shops, service centres and the B2B desk."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The integration's API key: Authorization: Bearer <key>")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
