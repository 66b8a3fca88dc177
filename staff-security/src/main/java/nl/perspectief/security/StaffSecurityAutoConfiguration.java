package nl.perspectief.security;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import nl.perspectief.security.pages.LazyClientRegistrations;
import nl.perspectief.security.pages.StaffPagesProperties;
import nl.perspectief.security.pages.StaffPagesSecurity;
import nl.perspectief.security.pages.StaffRolesFromOidcLogin;

/**
 * Staff tokens as every service reads them: signature and issuer checked against the provider's
 * published configuration, times checked with a configured clock skew (Spring's default of a minute
 * would let an expired token live on), the roles claim turned into the five staff roles, the subject
 * as the principal's name.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration"})
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
        JwtDecoder discovered = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                    new JwtTimestampValidator(properties.clockSkew()),
                    new JwtIssuerValidator(issuer))));
            return decoder;
        });
        // a provider that cannot be reached is a JwtException, which Spring answers as a service failure (503,
        // StaffTokenFailures), not an exception that escapes the filters as a 500
        return token -> {
            try {
                return discovered.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                throw new JwtException("the identity provider cannot be reached", unreachable);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint() {
        return new ProblemAuthenticationEntryPoint();
    }

    /**
     * Pages staff sign in to, for a service that names its client registration
     * ({@code perspectief.security.pages.registration-id}) and has Spring's OAuth2 client on its classpath.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientRegistrationRepository.class)
    @ConditionalOnProperty("perspectief.security.pages.registration-id")
    @EnableConfigurationProperties({StaffPagesProperties.class, OAuth2ClientProperties.class})
    static class Pages {

        /** Spring's own registrations from {@code spring.security.oauth2.client.*}, discovered on the first sign-in. */
        @Bean
        @ConditionalOnMissingBean
        ClientRegistrationRepository staffClientRegistrations(OAuth2ClientProperties client) {
            return new LazyClientRegistrations(() -> new InMemoryClientRegistrationRepository(
                    new OAuth2ClientPropertiesMapper(client).asClientRegistrations()));
        }

        @Bean
        StaffRolesFromOidcLogin staffRolesFromOidcLogin(RolesClaim rolesClaim) {
            return new StaffRolesFromOidcLogin(rolesClaim);
        }

        @Bean
        StaffPagesSecurity staffPagesSecurity(ClientRegistrationRepository registrations, StaffRolesFromOidcLogin roles,
                                              StaffPagesProperties pages, OAuth2ClientProperties client,
                                              ObjectProvider<Clock> clock) {
            OAuth2ClientProperties.Registration registration = client.getRegistration().get(pages.registrationId());
            if (registration == null) {
                throw new IllegalStateException("perspectief.security.pages.registration-id names no registration under "
                        + "spring.security.oauth2.client.registration: " + pages.registrationId());
            }
            String providerId = registration.getProvider() == null ? pages.registrationId() : registration.getProvider();
            OAuth2ClientProperties.Provider provider = client.getProvider().get(providerId);
            if (provider == null || provider.getIssuerUri() == null) {
                throw new IllegalStateException("the pages' provider is known by its issuer URI only: set "
                        + "spring.security.oauth2.client.provider." + providerId + ".issuer-uri");
            }
            return new StaffPagesSecurity(registrations, roles, pages,
                    StaffPagesSecurity.originOf(URI.create(provider.getIssuerUri())),
                    clock.getIfAvailable(Clock::systemUTC));
        }
    }
}
