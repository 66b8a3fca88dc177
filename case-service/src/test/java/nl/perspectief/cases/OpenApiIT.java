package nl.perspectief.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.apidescription.DescribedEndpoints;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * The staff API describes itself: {@code /v3/api-docs} names every endpoint the running service answers below
 * {@code /api/} (method and path pattern, from its handler mappings) and none of the pages, each operation with its
 * refusals as problem+json, the staff token and the headers of the steps. Any member of staff reads it, by token or
 * signed in to the pages (where Swagger UI asks for it, under the pages' CSP); nobody else.
 */
class OpenApiIT extends RunningCaseService {

    @Autowired
    private ApplicationContext context;

    private JsonNode description() {
        // any staff role reads it: the trainer, who sees no case, too
        ResponseEntity<String> answer = get("/v3/api-docs", DemoUsers.TRAINER);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json(answer);
    }

    @Test
    void describesEveryEndpointOfTheApiAndNoPage() {
        JsonNode description = description();
        DescribedEndpoints.keep(description, "case-service");

        assertThat(DescribedEndpoints.described(description))
                .as("every endpoint below /api/ is described, and only those")
                .isEqualTo(DescribedEndpoints.answered(context, "/api/"))
                .hasSizeGreaterThan(30);
    }

    @Test
    void everyOperationNeedsAStaffTokenAndAnswersItsRefusalsAsProblemJson() {
        JsonNode description = description();

        assertThat(DescribedEndpoints.withoutProblemAnswers(description)).isEmpty();
        assertThat(DescribedEndpoints.refusalsNotProblemJson(description)).isEmpty();
        assertThat(description.path("security").get(0).has("staffToken")).isTrue();
        assertThat(description.path("components").path("securitySchemes").path("staffToken").path("scheme").asString())
                .isEqualTo("bearer");
        List<String> withoutSummary = new ArrayList<>();
        List<String> withoutRefusals = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operation.getValue().path("summary").asString("").isBlank()) {
                    withoutSummary.add(operation.getKey() + " " + path.getKey());
                }
                if (!operation.getValue().path("responses").propertyNames().containsAll(List.of("401", "403", "500"))) {
                    withoutRefusals.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(withoutSummary).isEmpty();
        assertThat(withoutRefusals).isEmpty();
    }

    @Test
    void aStepTakesIfMatchAndAnswersItsVersionAsETag() {
        JsonNode paths = description().path("paths");
        JsonNode step = paths.path("/api/cases/{caseId}/notes").path("post");

        assertThat(headersOf(step)).contains("If-Match").doesNotContain("by", "version");
        assertThat(step.path("responses").propertyNames()).contains("200", "409", "422", "428");
        assertThat(step.path("responses").path("200").path("headers").has("ETag")).isTrue();
        assertThat(step.path("requestBody").path("content").has("application/json")).isTrue();
        JsonNode open = paths.path("/api/cases").path("post");
        assertThat(headersOf(open)).contains("Idempotency-Key").doesNotContain("If-Match");
        assertThat(open.path("responses").propertyNames()).contains("201", "422");
        assertThat(paths.path("/api/cases/{caseId}").path("get").path("responses").path("200").path("headers").has("ETag"))
                .isTrue();
    }

    @Test
    void isRefusedWithoutAToken() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
            ResponseEntity<String> answer = getWithToken(path, null);

            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getContentType()).as(path)
                    .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
            assertThat(json(answer).get("type").asString()).isEqualTo("https://perspectief.nl/problems/unauthenticated");
        }
    }

    @Test
    void swaggerUiWorksForSignedInStaffUnderThePagesContentSecurityPolicy() {
        PageSession staff = PageSession.signedIn(pagesBaseUri(), DemoUsers.TRAINER);

        HttpResponse<String> page = staff.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'");
        // nothing the CSP would block: only the service's own files run or style the page
        assertThat(page.body()).contains("swagger-initializer.js").doesNotContain("<style").doesNotContain("style=")
                .doesNotContainPattern("<script(?![^>]*src=)").doesNotContainPattern("(src|href)=\"(https?:)?//");
        for (String file : List.of("/swagger-ui/swagger-initializer.js", "/swagger-ui/swagger-ui-bundle.js",
                "/swagger-ui/swagger-ui.css")) {
            assertThat(staff.get(file).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(staff.get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs/swagger-config");
        // the UI reads the description with the page's session, no token
        HttpResponse<String> config = staff.fetch("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/v3/api-docs\"").doesNotContain("validator.swagger.io");
        assertThat(staff.fetch("/v3/api-docs").statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = PageSession.anonymous(pagesBaseUri()).get("/swagger-ui/index.html");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/oauth2/authorization/perspectief-web");
    }

    private static List<String> headersOf(JsonNode operation) {
        return operation.path("parameters").valueStream().filter(parameter -> "header".equals(parameter.path("in").asString()))
                .map(parameter -> parameter.path("name").asString()).toList();
    }
}
