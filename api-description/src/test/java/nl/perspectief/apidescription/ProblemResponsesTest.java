package nl.perspectief.apidescription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

class ProblemResponsesTest {

    @Test
    void aStepWithIfMatchAndABodyGetsEveryRefusalItCanMeetAsProblemJson() {
        Operation step = new Operation()
                .addParametersItem(new HeaderParameter().name("If-Match").required(true))
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json", new MediaType())))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("done"))
                        .addApiResponse("422", new ApiResponse().description("a rule refused it")
                                .content(new Content().addMediaType("*/*", new MediaType().schema(new Schema<>())))));
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/cases/{caseId}/notes", new PathItem().post(step)));

        new ProblemResponses("case-service", "staff", true).customise(api);

        assertThat(step.getResponses()).containsKeys("400", "401", "403", "404", "406", "409", "415", "422", "428", "500");
        assertThat(step.getResponses().get("422").getDescription()).isEqualTo("a rule refused it");
        step.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                assertThat(response.getContent()).as(status).containsOnlyKeys(ProblemResponses.PROBLEM_JSON);
            }
        });
        assertThat(step.getResponses().get("200").getHeaders()).containsKey("ETag");
        assertThat(api.getSecurity()).isNotEmpty();
        assertThat(api.getComponents().getSchemas()).containsKeys(ProblemResponses.PROBLEM, ProblemResponses.FIELD_ERROR);
    }

    @Test
    void anOperationWithoutASummaryIsSummarisedByItsMethodsName() {
        assertThat(ProblemResponses.summaryOf("recordConsent")).isEqualTo("Record consent");
        assertThat(ProblemResponses.summaryOf("cases_1")).isEqualTo("Cases");
    }

    @Test
    void aPublicReadGetsNoForbiddenNorUnsupportedBody() {
        Operation read = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/registrations/{registrationId}",
                new PathItem().get(read)));

        new ProblemResponses("intake-service", null, false).customise(api);

        assertThat(read.getResponses()).containsKeys("400", "401", "404", "406", "500")
                .doesNotContainKeys("403", "409", "415", "422", "428");
        assertThat(api.getSecurity()).isNull();
        assertThat(api.getComponents().getSecuritySchemes()).isNull();
    }
}
