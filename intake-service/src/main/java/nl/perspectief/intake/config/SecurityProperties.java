package nl.perspectief.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.security}: all this service knows of the sign-in provider besides its
 * issuer URI ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 *
 * @param rolesClaim where the access token lists a staff member's roles, dotted for a nested claim
 *                   ({@code realm_access.roles} for Keycloak's realm roles)
 */
@ConfigurationProperties("perspectief.security")
public record SecurityProperties(@DefaultValue("realm_access.roles") String rolesClaim) {
}
