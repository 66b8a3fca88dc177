package nl.perspectief.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Staff tokens as every service reads them: signature and issuer checked against the provider's
 * published configuration, times checked with a configured clock skew (Spring's default of a minute
 * would let an expired token live on), the roles claim turned into the five staff roles, the subject
 * as the principal's name.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration")
@EnableConfigurationProperties(StaffSecurityProperties.class)
public class StaffSecurityAutoConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Bean
    RolesClaim rolesClaim(StaffSecurityProperties properties) {
        return new RolesClaim(properties.rolesClaim());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter staffJwtAuthenticationConverter(RolesClaim rolesClaim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(rolesClaim);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    /**
     * Resolved on the first token, not at start-up: a service starts (and serves its public endpoints)
     * while the provider is still starting, and retries the discovery until it succeeds.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty(ISSUER_URI)
    JwtDecoder staffJwtDecoder(org.springframework.core.env.Environment environment,
                               StaffSecurityProperties properties) {
        String issuer = environment.getRequiredProperty(ISSUER_URI);
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                    new JwtTimestampValidator(properties.clockSkew()),
                    new JwtIssuerValidator(issuer))));
            return decoder;
        });
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint() {
        return new ProblemAuthenticationEntryPoint();
    }
}
