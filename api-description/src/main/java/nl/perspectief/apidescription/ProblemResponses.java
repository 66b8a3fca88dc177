package nl.perspectief.apidescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What every operation of the platform has in common, added to the description springdoc derived from the
 * controllers. Every refusal is {@code application/problem+json} in one shape (RFC 9457 with the platform's
 * extensions: {@value #PROBLEM}); answers a controller or its advice declared with another content are rewritten to
 * it. Then each operation gets the refusals it can meet, where it does not already name them: 400 (a malformed
 * request or a broken rule), 401 (no valid token where one is needed; a bad token is refused everywhere), 403 (only
 * where a staff token is needed: a role that may not), 404 (below a path variable), 406, 415 (with a request body),
 * 409, 422 (a rule refused the step) and 428 with an {@code If-Match} header (whose successes carry the new version as {@code ETag}), 422 with an
 * {@code Idempotency-Key} header, and 500.
 */
public class ProblemResponses implements GlobalOpenApiCustomizer {

    /** The schema of every refusal. */
    public static final String PROBLEM = "Problem";
    /** One bad field of a request, in a problem's {@code errors}. */
    public static final String FIELD_ERROR = "FieldError";
    /** The security scheme of a staff token. */
    public static final String STAFF_TOKEN = "staffToken";
    public static final String PROBLEM_JSON = "application/problem+json";

    private final String title;
    private final String description;
    private final boolean staffToken;

    public ProblemResponses(String title, String description, boolean staffToken) {
        this.title = title;
        this.description = description;
        this.staffToken = staffToken;
    }

    @Override
    public void customise(OpenAPI api) {
        Info info = api.getInfo() == null ? new Info() : api.getInfo();
        api.setInfo(info.title(title).description(description));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema()).addSchemas(PROBLEM, problemSchema());
        if (staffToken) {
            api.getComponents().addSecuritySchemes(STAFF_TOKEN, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An access token of the organisation's OpenID Connect provider for a member of staff "
                            + "with exactly one staff role (realm_access.roles)."));
            api.setSecurity(List.of(new SecurityRequirement().addList(STAFF_TOKEN)));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describeRefusals(path, method, operation)));
    }

    private void describeRefusals(String path, PathItem.HttpMethod method, Operation operation) {
        if ((operation.getSummary() == null || operation.getSummary().isBlank()) && operation.getOperationId() != null) {
            operation.setSummary(summaryOf(operation.getOperationId()));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (isRefusal(status)) {
                response.setContent(problemContent());
            }
        });
        Set<String> headers = operation.getParameters() == null ? Set.of() : operation.getParameters().stream()
                .filter(parameter -> "header".equals(parameter.getIn()))
                .map(Parameter::getName).map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

        add(responses, "400", "The request is malformed or breaks a rule: `errors` names each field or header "
                + "(`field`, `rule`, `message`), never the value sent.");
        add(responses, "401", "No valid token where one is needed, or a token that is expired or of another issuer "
                + "(refused on every endpoint, never taken for none); `WWW-Authenticate` says which scheme to use.")
                .addHeaderObject("WWW-Authenticate", header("The scheme to authenticate with: Bearer."));
        if (staffToken) {
            add(responses, "403", "The token's staff role may not use this endpoint.");
        }
        if (path.contains("{")) {
            add(responses, "404", "There is no such resource, or none the caller may know of.");
        }
        add(responses, "406", "The `Accept` header names no type this endpoint answers with.");
        if (operation.getRequestBody() != null) {
            add(responses, "415", "The body is not `application/json`.");
        }
        if (headers.contains("if-match")) {
            add(responses, "409", "`If-Match` names a version that is no longer current: `currentVersion` names the "
                    + "current one. Read the resource again and decide anew.");
            add(responses, "422", "A rule refused the step: `rule` names it, and the answer what is missing; nothing "
                    + "was changed.");
            add(responses, "428", "`If-Match` is missing: send the version last seen (the `ETag` of the last answer).");
            responses.forEach((status, response) -> {
                if (status.startsWith("2") && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
                    response.addHeaderObject("ETag", header("The resource's version after this step, for the next "
                            + "`If-Match`."));
                }
            });
        }
        if (headers.contains("idempotency-key")) {
            add(responses, "422", "The `Idempotency-Key` was used before with another request; use a new key for a "
                    + "new request. (The same key with the same request answers the first answer again.)");
        }
        add(responses, "500", "The service failed; nothing was changed by this request unless its answer says so. "
                + "Quote the `correlationId` to the desk.");
    }

    /**
     * A summary from the handler method's name where the controller gives none: {@code recordConsent} is
     * "Record consent" (springdoc's operation ids are the method names, {@code _1} and so on when they repeat).
     */
    static String summaryOf(String operationId) {
        String name = operationId.replaceAll("_[0-9]+$", "");
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? operationId : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean isRefusal(String status) {
        return "default".equals(status) || status.startsWith("4") || status.startsWith("5");
    }

    private static ApiResponse add(ApiResponses responses, String status, String description) {
        return responses.computeIfAbsent(status, s -> new ApiResponse().description(description).content(problemContent()));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(typed(new Schema<>(), "string"));
    }

    /** {@code application/problem+json} with the {@value #PROBLEM} schema. */
    public static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed(new Schema<>(), "string").format("uri")
                .description("What kind of problem, such as https://perspectief.nl/problems/invalid-request"));
        properties.put("title", typed(new Schema<>(), "string").description("The HTTP status's reason phrase"));
        properties.put("status", typed(new Schema<>(), "integer").format("int32").description("The HTTP status"));
        properties.put("detail", typed(new Schema<>(), "string")
                .description("What went wrong, for a person; never a value that was sent"));
        properties.put("instance", typed(new Schema<>(), "string").format("uri-reference")
                .description("The path that was asked for"));
        properties.put("errors", typed(new Schema<>(), "array")
                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("Every bad field or header of the request (400)"));
        properties.put("rule", typed(new Schema<>(), "string")
                .description("The name of the rule that refused the request, such as ConsentMissing (422, 403)"));
        properties.put("correlationId", typed(new Schema<>(), "string")
                .description("The request's correlation id: quote it to the desk"));
        properties.put("currentVersion", typed(new Schema<>(), "integer").format("int64")
                .description("The resource's current version (409 of a stale If-Match)"));
        properties.put("expectedVersion", typed(new Schema<>(), "integer").format("int64")
                .description("The version If-Match named (409 of a stale If-Match)"));
        Schema<?> problem = typed(new Schema<>(), "object")
                .description("A refusal as RFC 9457 problem details, with the platform's extensions. Further "
                        + "members may follow where an answer says more (such as missingConsents).");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    static Schema<?> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", typed(new Schema<>(), "string")
                .description("The JSON path of the field (such as applicant.email), a header's name, or $ for the whole body"));
        properties.put("rule", typed(new Schema<>(), "string")
                .description("The rule it breaks, such as Required, Size, Email or UnknownField"));
        properties.put("message", typed(new Schema<>(), "string").description("The rule in words; never the value sent"));
        Schema<?> error = typed(new Schema<>(), "object").description("One bad field or header of a request");
        error.setProperties(properties);
        error.setRequired(List.of("field", "rule", "message"));
        return error;
    }

    /** The type for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) alike. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema typed(Schema schema, String type) {
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
