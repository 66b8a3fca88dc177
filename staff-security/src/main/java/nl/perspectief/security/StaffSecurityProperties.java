package nl.perspectief.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service knows of the identity provider beyond its issuer URI
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 *
 * @param rolesClaim where the token carries the staff roles, as a dotted path into its claims
 *                   (Keycloak's realm roles: {@code realm_access.roles})
 * @param clockSkew  how far the provider's clock and ours may differ when checking a token's times
 */
@ConfigurationProperties("perspectief.security")
public record StaffSecurityProperties(
        @DefaultValue("realm_access.roles") String rolesClaim,
        @DefaultValue("30s") Duration clockSkew) {
}
