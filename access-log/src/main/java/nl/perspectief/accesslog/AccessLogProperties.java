package nl.perspectief.accesslog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.access-log}.
 *
 * @param service the name written in every record's {@code service}; defaults to {@code spring.application.name}
 * @param requireAppendOnlyUser refuse to start when the service's database user may UPDATE, DELETE
 *        or TRUNCATE {@code access_log} (it runs as the owner or a superuser); switch off only
 *        where no application user exists, and never in production
 */
@ConfigurationProperties("perspectief.access-log")
public record AccessLogProperties(String service, @DefaultValue("true") boolean requireAppendOnlyUser) {
}
