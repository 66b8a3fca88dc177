package nl.perspectief.security.pages;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pages' sign-in, beside Spring's own OAuth2 client registration
 * ({@code spring.security.oauth2.client.registration.<registrationId>} with its provider's {@code issuer-uri}).
 * The inactivity timeout is the servlet container's ({@code server.servlet.session.timeout}).
 *
 * @param registrationId  the client registration staff sign in with; setting it turns the pages' sign-in on
 * @param absoluteTimeout how long a page session may last however active it is; then sign in again
 */
@ConfigurationProperties("perspectief.security.pages")
public record StaffPagesProperties(String registrationId, @DefaultValue("10h") Duration absoluteTimeout) {
}
