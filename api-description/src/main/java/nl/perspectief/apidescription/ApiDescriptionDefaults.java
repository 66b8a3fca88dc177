package nl.perspectief.apidescription;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * springdoc's settings that are the same in every service, as defaults a service can override in its own
 * configuration (they are the last property source): only {@code /api/**} is described (pages, the actuator and
 * the error page are not part of the API), the JSON at {@code /v3/api-docs}, the UI at {@code /swagger-ui.html}
 * without its call-out to swagger.io's validator (which would send the description's address elsewhere), keys in
 * a stable order, answers as {@code application/json} where a controller does not name a type.
 */
public class ApiDescriptionDefaults implements EnvironmentPostProcessor {

    static final String NAME = "perspectiefApiDescriptionDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("springdoc.paths-to-match", "/api/**");
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");
        defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        defaults.put("springdoc.swagger-ui.validator-url", "none");
        defaults.put("springdoc.writer-with-order-by-keys", "true");
        // the services answer JSON where a controller does not say so itself (*/* otherwise)
        defaults.put("springdoc.default-produces-media-type", "application/json");
        environment.getPropertySources().addLast(new MapPropertySource(NAME, defaults));
    }
}
