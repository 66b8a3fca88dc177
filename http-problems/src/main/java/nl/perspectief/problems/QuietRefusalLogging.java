package nl.perspectief.problems;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The loggers that write what a refused request sent (Tomcat quotes an unparseable header, path or parameter the
 * first time it sees one; Spring MVC's resolvers quote a media type or path in their warnings) log nothing below
 * their errors. The refusal itself is answered as a problem, and the service's own lines name the field and the
 * rule; a service can still raise a level in its own configuration, these are defaults only.
 */
public final class QuietRefusalLogging implements EnvironmentPostProcessor {

    static final Map<String, Object> LEVELS = Map.of(
            "logging.level.org.apache.coyote.http11.Http11Processor", "warn",
            "logging.level.org.apache.tomcat.util.http.Parameters", "warn",
            "logging.level.org.apache.tomcat.util.http.Rfc6265CookieProcessor", "warn",
            "logging.level.org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver", "error",
            "logging.level.org.springframework.web.servlet.PageNotFound", "error",
            "logging.level.org.springframework.web.servlet.resource.ResourceHandlerUtils", "error",
            "logging.level.org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver", "error");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(LEVELS, environment.getPropertySources());
    }
}
