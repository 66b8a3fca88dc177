package nl.perspectief.security;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint a running service answers, as {@code "METHOD /pattern"}, read from Spring MVC's own
 * handler mappings (controllers and actuator alike). An access-matrix test compares its entries
 * with this, so an endpoint added without a matrix entry fails the build.
 */
public final class EndpointInventory {

    private EndpointInventory() {
    }

    public static Set<String> of(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(describe(info))));
        return endpoints;
    }

    private static Set<String> describe(RequestMappingInfo info) {
        Set<String> described = new TreeSet<>();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            String withParams = info.getParamsCondition().getExpressions().isEmpty() ? pattern
                    : pattern + "?" + String.join("&", info.getParamsCondition().getExpressions().stream()
                            .map(Object::toString).sorted().toList());
            if (methods.isEmpty()) {
                described.add("ANY " + withParams);
            }
            methods.forEach(method -> described.add(method.name() + " " + withParams));
        }
        return described;
    }
}
