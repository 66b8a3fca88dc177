package nl.perspectief.apidescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * A service's API description compared with what the service answers: the endpoints of its handler mappings below a
 * prefix (method and path pattern, as {@code "POST /api/cases/{caseId}/notes"}), and the operations of its
 * {@code /v3/api-docs} named alike. Two handler methods that differ only in their request parameters
 * ({@code GET /api/cases} and {@code GET /api/cases?registrationReference}) are one operation in OpenAPI.
 */
public final class DescribedEndpoints {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private DescribedEndpoints() {
    }

    /** Every endpoint the running service answers whose pattern starts with {@code prefix}. */
    public static Set<String> answered(ApplicationContext context, String prefix) {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(describe(info, prefix))));
        return endpoints;
    }

    private static Set<String> describe(RequestMappingInfo info, String prefix) {
        Set<String> described = new TreeSet<>();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (!pattern.startsWith(prefix)) {
                continue;
            }
            if (methods.isEmpty()) {
                described.add("ANY " + pattern);
            }
            methods.forEach(method -> described.add(method.name() + " " + pattern));
        }
        return described;
    }

    /** Writes the description to {@code target/api-docs/<service>.json}, to read after the test. */
    public static void keep(JsonNode description, String service) {
        try {
            Path file = Path.of("target", "api-docs", service + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, description.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of an OpenAPI description. */
    public static Set<String> described(JsonNode description) {
        Set<String> operations = new TreeSet<>();
        forEachOperation(description, (endpoint, operation) -> operations.add(endpoint));
        return operations;
    }

    /** The operations that name no error answer ({@code 4xx}, {@code 5xx}) as {@code application/problem+json}. */
    public static List<String> withoutProblemAnswers(JsonNode description) {
        List<String> without = new ArrayList<>();
        forEachOperation(description, (endpoint, operation) -> {
            boolean problem = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if ((response.getKey().startsWith("4") || response.getKey().startsWith("5"))
                        && response.getValue().path("content").has(ProblemResponses.PROBLEM_JSON)) {
                    problem = true;
                }
            }
            if (!problem) {
                without.add(endpoint);
            }
        });
        return without;
    }

    /** The error answers of an operation that are not {@code application/problem+json}, as {@code "GET /x: 404"}. */
    public static List<String> refusalsNotProblemJson(JsonNode description) {
        List<String> wrong = new ArrayList<>();
        forEachOperation(description, (endpoint, operation) -> {
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                boolean refusal = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                JsonNode content = response.getValue().path("content");
                if (refusal && (content.size() != 1 || !content.has(ProblemResponses.PROBLEM_JSON))) {
                    wrong.add(endpoint + ": " + response.getKey());
                }
            }
        });
        return wrong;
    }

    private interface OperationVisitor {
        void visit(String endpoint, JsonNode operation);
    }

    private static void forEachOperation(JsonNode description, OperationVisitor visitor) {
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    visitor.visit(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }
}
