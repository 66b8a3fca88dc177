package nl.perspectief.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.perspectief.apidescription.DescribedEndpoints;
import tools.jackson.databind.JsonNode;

/**
 * The API describes itself: {@code /v3/api-docs} names every endpoint the running service answers below
 * {@code /api/} (method and path pattern, from its handler mappings), each with its refusals as problem+json, and
 * is as open as the API it describes. Swagger UI is served from files only (no inline script or style).
 */
class OpenApiIT extends RunningIntakeService {

    @Autowired
    private ApplicationContext context;

    @Test
    void describesEveryEndpointOfTheApiAndNothingElse() {
        Answer description = get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        DescribedEndpoints.keep(description.body(), "intake-service");
        assertThat(DescribedEndpoints.described(description.body()))
                .as("every endpoint below /api/ is described, and only those")
                .isEqualTo(DescribedEndpoints.answered(context, "/api/"))
                .isNotEmpty();
    }

    @Test
    void everyOperationAnswersItsRefusalsAsProblemJson() {
        JsonNode description = get("/v3/api-docs").body();

        assertThat(DescribedEndpoints.withoutProblemAnswers(description)).isEmpty();
        assertThat(DescribedEndpoints.refusalsNotProblemJson(description)).isEmpty();
        JsonNode problem = description.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors", "rule",
                "correlationId", "currentVersion");
    }

    @Test
    void describesTheRegistrationFormAsTheBodyAndTheIdempotencyKey() {
        JsonNode post = get("/v3/api-docs").body().path("paths").path("/api/registrations").path("post");

        assertThat(post.path("summary").asString()).isNotBlank();
        assertThat(post.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asString()).endsWith("/RegistrationRequest");
        assertThat(post.path("parameters").valueStream().map(parameter -> parameter.path("name").asString()))
                .contains("Idempotency-Key");
        assertThat(post.path("responses").propertyNames()).contains("201", "400", "413", "415", "422", "429");
    }

    @Test
    void swaggerUiRunsOnlyTheServicesOwnFiles() throws Exception {
        assertThat(get("/swagger-ui.html").header("Location")).endsWith("/swagger-ui/index.html");
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-initializer.js").doesNotContain("<style").doesNotContain("style=")
                .doesNotContainPattern("<script(?![^>]*src=)");
        assertThat(get("/v3/api-docs/swagger-config").body().path("url").asString()).isEqualTo("/v3/api-docs");
    }
}
