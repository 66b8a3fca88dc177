package nl.perspectief.cases.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.MovableClock;
import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * A case the desk took in by phone, walked through the command API on the running service: triage,
 * the applicant's consent, the approach, a refusal, a stale version, a repeated consent, a withdrawal
 * and the closure, each answer carrying the version the next step must name.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseCommandApiIT extends RunningCaseService {

    private static final String MEDIATOR = StaffTokens.idOf(DemoUsers.MEDIATOR_ANNA);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    private MovableClock clock;

    @Test
    void walksADeskCaseFromThePhoneCallToClosure(CapturedOutput output) {
        ResponseEntity<String> opened = post("/api/cases", DemoUsers.DESK, null, PHONE_CASE);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getHeaders().getETag()).isEqualTo("\"0\"");
        String caseId = json(opened).get("caseId").asString();
        String applicantId = json(opened).get("applicantId").asString();
        String otherPartyId = json(opened).get("otherPartyId").asString();
        assertThat(opened.getHeaders().getLocation()).hasToString("/api/cases/" + caseId);
        String cases = "/api/cases/" + caseId;

        assertApplied(post(cases + "/accept", DemoUsers.DESK, "\"0\"", null), 1);
        assertApplied(post(cases + "/assign-mediator", DemoUsers.DESK, "\"1\"", "{\"mediatorId\": \"" + MEDIATOR + "\"}"), 2);

        String letterToTheOtherParty = "{\"partyId\": \"" + otherPartyId + "\", \"channel\": \"LETTER\", \"applicantNamed\": false}";
        ResponseEntity<String> refused = post(cases + "/contact-attempts", DemoUsers.MEDIATOR_ANNA, "\"2\"", letterToTheOtherParty);
        assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(refused).get("rule").asString()).isEqualTo("OtherPartyApproachedWithoutConsent");
        assertThat(json(refused).get("missingConsents").get(0).get("partyId").asString()).isEqualTo(applicantId);
        assertThat(json(refused).get("missingConsents").get(0).get("purpose").asString()).isEqualTo("APPROACH_OTHER_PARTY");

        String approachConsent = "{\"partyId\": \"" + applicantId + "\", \"purpose\": \"APPROACH_OTHER_PARTY\","
                + " \"method\": \"SPOKEN\", \"givenAt\": \"2026-04-01T09:00:00Z\"}";
        ResponseEntity<String> consented = post(cases + "/consents", DemoUsers.MEDIATOR_ANNA, "\"2\"", approachConsent);
        assertApplied(consented, 3);
        String consentId = json(consented).get("consentId").asString();

        ResponseEntity<String> again = post(cases + "/consents", DemoUsers.MEDIATOR_ANNA, "\"3\"", approachConsent);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(again).get("changed").asBoolean()).isFalse();
        assertThat(json(again).get("version").asLong()).isEqualTo(3);
        assertThat(again.getHeaders().getETag()).isEqualTo("\"3\"");

        ResponseEntity<String> stale = post(cases + "/contact-attempts", DemoUsers.MEDIATOR_ANNA, "\"2\"", letterToTheOtherParty);
        assertProblem(stale, HttpStatus.CONFLICT);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(3);
        assertThat(stale.getHeaders().getETag()).isEqualTo("\"3\"");

        ResponseEntity<String> unchecked = post(cases + "/contact-attempts", DemoUsers.MEDIATOR_ANNA, null, letterToTheOtherParty);
        assertProblem(unchecked, HttpStatus.PRECONDITION_REQUIRED);

        assertApplied(post(cases + "/contact-attempts", DemoUsers.MEDIATOR_ANNA, "\"3\"", letterToTheOtherParty), 4);
        assertApplied(post(cases + "/consents/" + consentId + "/withdrawal", DemoUsers.MEDIATOR_ANNA, "\"4\"",
                "{\"reason\": \"Julia wants to wait until after the summer.\"}"), 5);
        assertApplied(post(cases + "/closure", DemoUsers.MEDIATOR_ANNA, "\"5\"",
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
    void listsAnUnansweredLetterWithoutADateAsWaitingOnceTheConfiguredPeriodHasPassed() {
        String mediator = MEDIATOR;
        Opened opened = openedAndAssignedTo(mediator);
        String cases = "/api/cases/" + opened.caseId();
        assertApplied(post(cases + "/consents", DemoUsers.MEDIATOR_ANNA, "\"2\"",
                consent(opened.applicantId(), "APPROACH_OTHER_PARTY", null)), 3);
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));

        assertApplied(post(cases + "/contact-attempts", DemoUsers.MEDIATOR_ANNA, "\"3\"",
                "{\"partyId\": \"" + opened.otherPartyId() + "\", \"channel\": \"LETTER\", \"applicantNamed\": false}"), 4);

        // the default of perspectief.cases.contact-attempts.follow-up-after: three weeks from today
        LocalDate deadline = today.plusDays(21);
        JsonNode parties = awaitDetail(cases, 4).get("parties");
        JsonNode otherParty = java.util.stream.StreamSupport.stream(parties.spliterator(), false)
                .filter(party -> party.get("partyId").asString().equals(opened.otherPartyId()))
                .findFirst().orElseThrow();
        assertThat(otherParty.get("followUpBy").asString()).isEqualTo(deadline.toString());
        // the mediator's own list: other tests' cases of the same demo mediator may be waiting too
        String waiting = "/api/cases?waiting=true&size=100";
        try {
            assertThat(listedCase(waiting, opened.caseId())).isNull();
            clock.moveOn(Duration.between(clock.instant(), deadline.atTime(12, 0).atZone(AMSTERDAM).toInstant()));
            assertThat(listedCase(waiting, opened.caseId())).as("on the deadline's own day").isNull();

            clock.moveOn(Duration.ofDays(1));
            JsonNode listed = listedCase(waiting, opened.caseId());
            assertThat(listed).isNotNull();
            assertThat(listed.get("followUpBy").asString()).isEqualTo(deadline.toString());
            assertThat(listed.get("waiting").asBoolean()).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void sharesTheOutcomeWithTheProsecutorOnlyOnceBothPartiesConsentedAndShowsItOnTheCase() {
        String mediator = MEDIATOR;
        Opened opened = openedAndAssignedTo(mediator);
        String cases = "/api/cases/" + opened.caseId();
        String share = "{\"recipient\": \"public prosecutor\", \"form\": \"WRITTEN_SUMMARY\","
                + " \"content\": \"Julia and Peter met; he acknowledged what happened.\","
                + " \"sharedAt\": \"2026-04-20T10:00:00Z\"}";
        assertApplied(post(cases + "/consents", DemoUsers.MEDIATOR_ANNA, "\"2\"",
                consent(opened.applicantId(), "SHARE_OUTCOME", "public prosecutor")), 3);

        ResponseEntity<String> refused = post(cases + "/outcome-shares", DemoUsers.MEDIATOR_ANNA, "\"3\"", share);
        assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(refused).get("rule").asString()).isEqualTo("OutcomeSharedWithoutConsent");
        assertThat(json(refused).get("missingConsents")).hasSize(1);
        assertThat(json(refused).get("missingConsents").get(0).get("partyId").asString()).isEqualTo(opened.otherPartyId());
        assertThat(json(refused).get("missingConsents").get(0).get("recipient").asString()).isEqualTo("public prosecutor");

        assertApplied(post(cases + "/consents", DemoUsers.MEDIATOR_ANNA, "\"3\"",
                consent(opened.otherPartyId(), "SHARE_OUTCOME", "public prosecutor")), 4);
        assertApplied(post(cases + "/closure", DemoUsers.MEDIATOR_ANNA, "\"4\"",
                "{\"outcome\": \"CONTACT_TOOK_PLACE\"}"), 5);
        ResponseEntity<String> shared = post(cases + "/outcome-shares", DemoUsers.MEDIATOR_ANNA, "\"5\"", share);
        assertApplied(shared, 6);
        String shareId = json(shared).get("outcomeShareId").asString();

        JsonNode outcomeShares = awaitDetail(cases, 6).get("outcomeShares");
        assertThat(outcomeShares).hasSize(1);
        assertThat(outcomeShares.get(0).get("shareId").asString()).isEqualTo(shareId);
        assertThat(outcomeShares.get(0).get("recipient").asString()).isEqualTo("public prosecutor");
        assertThat(outcomeShares.get(0).get("form").asString()).isEqualTo("WRITTEN_SUMMARY");
        assertThat(outcomeShares.get(0).get("sharedBy").asString()).isEqualTo(mediator);
        assertThat(outcomeShares.toString()).doesNotContain("acknowledged");
        JsonNode entry = await().atMost(Duration.ofSeconds(20))
                .until(() -> lastTimelineEntry(cases), last -> last != null && last.get("sequenceNumber").asLong() == 6);
        assertThat(entry.get("type").asString()).isEqualTo("OUTCOME_SHARED");
        assertThat(entry.get("description").asString())
                .isEqualTo("Outcome shared with public prosecutor as a written summary.");
        assertThat(entry.get("details").asString()).isEqualTo("Julia and Peter met; he acknowledged what happened.");
    }

    @Test
    void answersNotFoundForAStepOnACaseThatDoesNotExist() {
        ResponseEntity<String> response = post("/api/cases/" + UUID.randomUUID() + "/accept", DemoUsers.DESK, "\"0\"", null);

        assertProblem(response, HttpStatus.NOT_FOUND);
    }

    /** A desk case, accepted and assigned to {@code mediator}: version 2. */
    private Opened openedAndAssignedTo(String mediator) {
        ResponseEntity<String> opened = post("/api/cases", DemoUsers.DESK, null, PHONE_CASE);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Opened case_ = new Opened(json(opened).get("caseId").asString(), json(opened).get("applicantId").asString(),
                json(opened).get("otherPartyId").asString());
        String cases = "/api/cases/" + case_.caseId();
        assertApplied(post(cases + "/accept", DemoUsers.DESK, "\"0\"", null), 1);
        assertApplied(post(cases + "/assign-mediator", DemoUsers.DESK, "\"1\"", "{\"mediatorId\": \"" + mediator + "\"}"), 2);
        return case_;
    }

    private static String consent(String partyId, String purpose, String recipient) {
        return "{\"partyId\": \"" + partyId + "\", \"purpose\": \"" + purpose + "\","
                + (recipient == null ? "" : " \"recipient\": \"" + recipient + "\",")
                + " \"method\": \"WRITTEN\", \"givenAt\": \"2026-04-01T09:00:00Z\"}";
    }

    /** The case detail once its read model has caught up with {@code version}. */
    private JsonNode awaitDetail(String cases, long version) {
        return json(await().atMost(Duration.ofSeconds(20))
                .until(() -> get(cases), response -> response.getStatusCode().is2xxSuccessful()
                        && json(response).get("version").asLong() == version));
    }

    private JsonNode listedCase(String list, String caseId) {
        ResponseEntity<String> answer = get(list, DemoUsers.MEDIATOR_ANNA);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode item : json(answer).get("cases")) {
            if (item.get("caseId").asString().equals(caseId)) {
                return item;
            }
        }
        return null;
    }

    private JsonNode lastTimelineEntry(String cases) {
        ResponseEntity<String> timeline = get(cases + "/timeline");
        if (!timeline.getStatusCode().is2xxSuccessful()) {
            return null;
        }
        JsonNode entries = json(timeline).get("entries");
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    private record Opened(String caseId, String applicantId, String otherPartyId) {
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
