package nl.perspectief.cases.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.RunningCaseService;
import tools.jackson.databind.JsonNode;

/**
 * A case the desk took in by phone, walked through the command API on the running service: triage,
 * the applicant's consent, the approach, a refusal, a stale version, a repeated consent, a withdrawal
 * and the closure, each answer carrying the version the next step must name.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseCommandApiIT extends RunningCaseService {

    private static final String DESK = "desk-anouk";
    private static final String MEDIATOR = "mediator-marieke";

    @Test
    void walksADeskCaseFromThePhoneCallToClosure(CapturedOutput output) {
        ResponseEntity<String> opened = post("/api/cases", DESK, "DESK", null, CaseCommandControllerTest.OPEN_CASE);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getHeaders().getETag()).isEqualTo("\"0\"");
        String caseId = json(opened).get("caseId").asString();
        String applicantId = json(opened).get("applicantId").asString();
        String otherPartyId = json(opened).get("otherPartyId").asString();
        assertThat(opened.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);
        String cases = "/api/cases/" + caseId;

        assertApplied(post(cases + "/accept", DESK, "DESK", "\"0\"", null), 1);
        assertApplied(post(cases + "/assign-mediator", DESK, "DESK", "\"1\"", "{\"mediatorId\": \"" + MEDIATOR + "\"}"), 2);

        String letterToTheOtherParty = "{\"partyId\": \"" + otherPartyId + "\", \"channel\": \"LETTER\", \"applicantNamed\": false}";
        ResponseEntity<String> refused = post(cases + "/contact-attempts", MEDIATOR, "MEDIATOR", "\"2\"", letterToTheOtherParty);
        assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(refused).get("rule").asString()).isEqualTo("OtherPartyApproachedWithoutConsent");
        assertThat(json(refused).get("missingConsents").get(0).get("partyId").asString()).isEqualTo(applicantId);
        assertThat(json(refused).get("missingConsents").get(0).get("purpose").asString()).isEqualTo("APPROACH_OTHER_PARTY");

        String approachConsent = "{\"partyId\": \"" + applicantId + "\", \"purpose\": \"APPROACH_OTHER_PARTY\","
                + " \"method\": \"SPOKEN\", \"givenAt\": \"2026-04-01T09:00:00Z\"}";
        ResponseEntity<String> consented = post(cases + "/consents", MEDIATOR, "MEDIATOR", "\"2\"", approachConsent);
        assertApplied(consented, 3);
        String consentId = json(consented).get("consentId").asString();

        ResponseEntity<String> again = post(cases + "/consents", MEDIATOR, "MEDIATOR", "\"3\"", approachConsent);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(again).get("changed").asBoolean()).isFalse();
        assertThat(json(again).get("version").asLong()).isEqualTo(3);
        assertThat(again.getHeaders().getETag()).isEqualTo("\"3\"");

        ResponseEntity<String> stale = post(cases + "/contact-attempts", MEDIATOR, "MEDIATOR", "\"2\"", letterToTheOtherParty);
        assertProblem(stale, HttpStatus.CONFLICT);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(3);
        assertThat(stale.getHeaders().getETag()).isEqualTo("\"3\"");

        ResponseEntity<String> unchecked = post(cases + "/contact-attempts", MEDIATOR, "MEDIATOR", null, letterToTheOtherParty);
        assertProblem(unchecked, HttpStatus.PRECONDITION_REQUIRED);

        assertApplied(post(cases + "/contact-attempts", MEDIATOR, "MEDIATOR", "\"3\"", letterToTheOtherParty), 4);
        assertApplied(post(cases + "/consents/" + consentId + "/withdrawal", MEDIATOR, "MEDIATOR", "\"4\"",
                "{\"reason\": \"Julia wants to wait until after the summer.\"}"), 5);
        assertApplied(post(cases + "/closure", MEDIATOR, "MEDIATOR", "\"5\"",
                "{\"outcome\": \"APPLICANT_WITHDREW\", \"note\": \"Julia may come back after the summer.\"}"), 6);

        assertThat(output.getAll())
                .contains("case-command caseId=" + caseId + " step=\"POST /api/cases\" outcome=APPLIED status=201 version=0")
                .contains("case-command caseId=" + caseId + " step=\"POST /api/cases/{caseId}/contact-attempts\""
                        + " outcome=REFUSED:OtherPartyApproachedWithoutConsent status=422")
                .contains("case-command caseId=" + caseId + " step=\"POST /api/cases/{caseId}/consents\""
                        + " outcome=UNCHANGED status=200 version=3")
                .contains("case-command caseId=" + caseId + " step=\"POST /api/cases/{caseId}/contact-attempts\""
                        + " outcome=STALE_VERSION status=409 version=3")
                .contains("case-command caseId=" + caseId + " step=\"POST /api/cases/{caseId}/closure\""
                        + " outcome=APPLIED status=200 version=6")
                .doesNotContain("Julia de Vries", "julia@example.org", "Peter Bakker", "after the summer");
    }

    @Test
    void answersNotFoundForAStepOnACaseThatDoesNotExist() {
        ResponseEntity<String> response = post("/api/cases/" + UUID.randomUUID() + "/accept", DESK, "DESK", "\"0\"", null);

        assertProblem(response, HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> post(String uri, String staffId, String role, String ifMatch, String body) {
        var request = api().post().uri(uri)
                .header("Perspectief-Staff-Id", staffId)
                .header("Perspectief-Staff-Role", role);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private static void assertApplied(ResponseEntity<String> response, long version) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"" + version + "\"");
        JsonNode answer = json(response);
        assertThat(answer.get("version").asLong()).isEqualTo(version);
        assertThat(answer.get("changed").asBoolean()).isTrue();
    }

    private static void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(response).get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody()).doesNotContain("Exception", "at nl.");
    }
}
