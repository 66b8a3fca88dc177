package nl.perspectief.cases.casefile.web;

import static nl.perspectief.cases.casefile.CaseFixtures.openCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import tools.jackson.databind.JsonNode;

/** The read API as the compliance officer uses it, who reads every case whole (need-to-know per role: NeedToKnowIT). */
@ExtendWith(OutputCaptureExtension.class)
class CaseApiIT extends RunningCaseService {

    @Autowired
    private CommandGateway commands;

    @Test
    void answersACaseByIdWithoutLettingAnyoneCacheIt(CapturedOutput output) {
        OpenCaseFromRegistrationCommand opened = openedCase("PH-2026-90001");

        ResponseEntity<String> response = awaitOk("/api/cases/" + opened.caseId());

        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode view = json(response);
        assertThat(view.get("caseId").asString()).isEqualTo(opened.caseId().toString());
        assertThat(view.get("registrationId").asString()).isEqualTo(opened.registrationId().toString());
        assertThat(view.get("applicant").get("email").asString()).isEqualTo("julia@example.org");
        assertThat(view.get("applicant").get("postalAddress").get("city").asString()).isEqualTo("Utrecht");
        assertThat(output.getAll())
                .contains("case-read caseId=" + opened.caseId() + " resource=CASE_DETAIL outcome=ALLOWED")
                .doesNotContain("Julia de Vries", "julia@example.org");
    }

    @Test
    void answersTheCasesOfARegistrationReference() {
        OpenCaseFromRegistrationCommand opened = openedCase("PH-2026-90002");

        ResponseEntity<String> response = awaitOk("/api/cases?registrationReference=PH-2026-90002");

        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(json(response)).hasSize(1);
        assertThat(json(response).get(0).get("caseId").asString()).isEqualTo(opened.caseId().toString());
    }

    @Test
    void answersNoCasesForAnUnknownRegistrationReference() {
        ResponseEntity<String> response = get("/api/cases?registrationReference=PH-1999-00001");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(response)).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownCase(CapturedOutput output) {
        UUID unknown = UUID.randomUUID();

        ResponseEntity<String> response = get("/api/cases/" + unknown);

        assertProblem(response, HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(output.getAll()).contains("case-read caseId=" + unknown + " resource=CASE_DETAIL outcome=NOT_FOUND");
    }

    @Test
    void refusesACaseIdThatIsNoUuid(CapturedOutput output) {
        ResponseEntity<String> response = get("/api/cases/not-a-case");

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("caseId");
        assertThat(output.getAll()).contains("case-read caseId=- resource=CASE_DETAIL outcome=REJECTED");
    }

    @Test
    void listsCasesNewestFirstWhenNoRegistrationReferenceIsGiven(CapturedOutput output) {
        OpenCaseFromRegistrationCommand opened = openedCase("PH-2026-90003");

        ResponseEntity<String> response = await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/cases?status=AWAITING_TRIAGE&category=SEXUAL_TRANSGRESSION&size=100"),
                        answer -> answer.getStatusCode().is2xxSuccessful()
                                && answer.getBody().contains(opened.caseId().toString()));

        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode list = json(response);
        assertThat(list.get("page").asInt()).isZero();
        assertThat(list.get("size").asInt()).isEqualTo(100);
        assertThat(list.get("total").asLong()).isPositive();
        assertThat(list.get("cases")).allSatisfy(item -> {
            assertThat(item.get("status").asString()).isEqualTo("AWAITING_TRIAGE");
            assertThat(item.has("applicant")).as("the list holds no personal data").isFalse();
        });
        assertThat(output.getAll()).contains("resource=CASE_LIST outcome=ALLOWED");
    }

    @Test
    void refusesAnUnknownStatusNamingTheAllowedOnes() {
        ResponseEntity<String> response = get("/api/cases?status=WAITING");

        assertProblem(response, HttpStatus.BAD_REQUEST);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("status");
        assertThat(error.get("rule").asString()).isEqualTo("Pattern");
        assertThat(error.get("message").asString()).contains("IN_PROGRESS");
    }

    @Test
    void refusesAPageOfMoreThanAHundredCases() {
        ResponseEntity<String> response = get("/api/cases?size=101");

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(json(response).get("errors").get(0).get("rule").asString()).isEqualTo("Max");
    }

    @Test
    void answersTheCaseWithItsVersionAsETagAndItsNextStep() {
        OpenCaseFromRegistrationCommand opened = openedCase("PH-2026-90004");

        ResponseEntity<String> response = awaitOk("/api/cases/" + opened.caseId());

        assertThat(response.getHeaders().getETag()).isEqualTo("\"0\"");
        JsonNode view = json(response);
        assertThat(view.get("version").asLong()).isZero();
        assertThat(view.get("nextStep").get("code").asString()).isEqualTo("TRIAGE");
        assertThat(view.get("nextStep").get("text").asString()).isNotBlank();
        assertThat(view.get("parties").get(0).get("fullName").asString()).isEqualTo("Julia de Vries");
        assertThat(view.get("activeConsents")).isEmpty();
    }

    @Test
    void answersTheTimelineOfACaseWithoutLettingAnyoneCacheIt(CapturedOutput output) {
        OpenCaseFromRegistrationCommand opened = openedCase("PH-2026-90005");

        ResponseEntity<String> response = awaitOk("/api/cases/" + opened.caseId() + "/timeline");

        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode entry = json(response).get("entries").get(0);
        assertThat(entry.get("sequenceNumber").asLong()).isZero();
        assertThat(entry.get("type").asString()).isEqualTo("CASE_OPENED");
        assertThat(entry.get("description").asString()).contains("PH-2026-90005");
        assertThat(entry.get("consentsActiveAfter")).isEmpty();
        assertThat(output.getAll())
                .contains("case-read caseId=" + opened.caseId() + " resource=CASE_TIMELINE outcome=ALLOWED");
    }

    @Test
    void answersNotFoundForTheTimelineOfAnUnknownCase(CapturedOutput output) {
        UUID unknown = UUID.randomUUID();

        ResponseEntity<String> response = get("/api/cases/" + unknown + "/timeline");

        assertProblem(response, HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(output.getAll())
                .contains("case-read caseId=" + unknown + " resource=CASE_TIMELINE outcome=NOT_FOUND");
    }

    @Test
    void refusesARegistrationReferenceOfAnotherForm() {
        ResponseEntity<String> response = get("/api/cases?registrationReference=2026-42");

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("registrationReference");
        assertThat(json(response).get("errors").get(0).get("rule").asString()).isEqualTo("Pattern");
    }

    private OpenCaseFromRegistrationCommand openedCase(String reference) {
        OpenCaseFromRegistrationCommand open = openCase(UUID.randomUUID(), reference);
        commands.sendAndWait(open);
        return open;
    }

    private ResponseEntity<String> awaitOk(String uri) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> get(uri), response -> response.getStatusCode().is2xxSuccessful()
                        && !"[]".equals(response.getBody()));
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(response.getBody()).doesNotContain("Exception", "at nl.");
    }
}
