package nl.perspectief.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The paths nothing in the service answers, whatever the method: a service's URL rules let these through, so an
 * address that does not exist is a 404 problem before sign-in as after, rather than a 401 that suggests there is
 * something behind it to sign in for. Every path that is mapped (controllers, the actuator, the error page, static
 * resources under their own pattern) stays under the service's rules; the catch-all static pattern {@code /**}
 * counts as no mapping, since it answers only files that exist.
 */
public final class UnmappedPaths implements RequestMatcher {

    private static final String ANY_STATIC_RESOURCE = "/**";

    private final ApplicationContext context;
    private volatile List<PathPattern> mapped;

    public UnmappedPaths(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        for (PathPattern pattern : mapped()) {
            if (pattern.matches(container)) {
                return false;
            }
        }
        return true;
    }

    /** Read once the first request comes, when every handler mapping has registered its handlers. */
    private List<PathPattern> mapped() {
        List<PathPattern> known = mapped;
        if (known == null) {
            List<PathPattern> patterns = new ArrayList<>();
            for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
                mapping.getHandlerMethods().keySet().stream()
                        .filter(info -> info.getPathPatternsCondition() != null)
                        .forEach(info -> info.getPathPatternsCondition().getPatterns().forEach(patterns::add));
            }
            for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
                mapping.getPathPatternHandlerMap().keySet().stream()
                        .filter(pattern -> !ANY_STATIC_RESOURCE.equals(pattern.getPatternString()))
                        .forEach(patterns::add);
            }
            known = List.copyOf(patterns);
            mapped = known;
        }
        return known;
    }
}
