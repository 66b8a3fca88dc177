package nl.perspectief.apidescription;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service says about its API beyond what springdoc derives from the controllers.
 *
 * @param title       the description's title; the service's {@code spring.application.name} when not set
 * @param description a line or two on who the API is for
 * @param staffToken  whether every operation needs a staff token (a bearer JWT of the organisation's provider):
 *                    then the description names the {@value ProblemResponses#STAFF_TOKEN} security scheme on every
 *                    operation and documents the 403 of a role that may not use it
 */
@ConfigurationProperties("perspectief.api-description")
public record ApiDescriptionProperties(String title, String description, boolean staffToken) {
}
