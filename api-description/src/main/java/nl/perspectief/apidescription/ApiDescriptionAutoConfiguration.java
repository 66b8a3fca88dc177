package nl.perspectief.apidescription;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * Every service's API description, the same way: springdoc describes the controllers below {@code /api}
 * ({@link ApiDescriptionDefaults}), and {@link ProblemResponses} adds what every operation of the platform has in
 * common: the refusals as {@code application/problem+json} with one {@code Problem} schema, the answers that the
 * {@code If-Match}, {@code Idempotency-Key} headers and a request body bring, and the staff token where it is
 * needed. Who may read the description is the service's security configuration's decision.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(ApiDescriptionProperties.class)
public class ApiDescriptionAutoConfiguration {

    @Bean
    GlobalOpenApiCustomizer perspectiefProblemResponses(ApiDescriptionProperties properties, Environment environment) {
        String title = properties.title() != null ? properties.title()
                : environment.getProperty("spring.application.name", "API");
        return new ProblemResponses(title, properties.description(), properties.staffToken());
    }
}
