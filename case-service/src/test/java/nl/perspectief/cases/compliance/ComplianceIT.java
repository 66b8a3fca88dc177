package nl.perspectief.cases.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.security.StaffRole;
import tools.jackson.databind.JsonNode;

/**
 * A compliance officer reads a case from its events (history, as of a moment, consent proof) and audits every case,
 * on the running service with real tokens; a step planted straight into the event store, which no command would have
 * taken, is found by the audit with its case and sequence.
 */
class ComplianceIT extends RunningCaseService {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void showsTheHistoryTheCaseAsOfAMomentAndTheConsentsBehindEachContactStep() {
        UUID julia = UUID.fromString(caseWithAMeetingScheduled());
        String path = "/api/cases/" + julia;

        JsonNode history = json(get(path + "/history"));
        JsonNode events = history.get("events");
        assertThat(events).hasSize(9);
        assertThat(events.get(0).get("type").asString()).isEqualTo("CASE_OPENED");
        assertThat(events.get(0).get("payload").asString()).contains("Julia de Vries");
        assertThat(events.get(3).get("command").asString()).endsWith("RecordConsentCommand");
        assertThat(events.get(3).get("staffId").asString()).isEqualTo(DemoUsers.MEDIATOR_ANNA.id().toString());
        assertThat(events.get(3).get("causationId").asString()).isNotBlank();
        assertThat(events.get(8).get("type").asString()).isEqualTo("MEETING_SCHEDULED");

        Instant beforeTheMeeting = Instant.parse(events.get(8).get("recordedAt").asString()).minusMillis(1);
        JsonNode asOf = json(get(path + "/as-of?moment=" + beforeTheMeeting));
        assertThat(asOf.get("eventsReplayed").asInt()).isEqualTo(8);
        assertThat(asOf.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(asOf.get("mediatorId").asString()).isEqualTo(DemoUsers.MEDIATOR_ANNA.id().toString());
        assertThat(asOf.get("agreedForm").asString()).isEqualTo("MEETING");
        assertThat(asOf.get("activeConsents")).hasSize(4);
        assertThat(asOf.get("meetings")).isEmpty();

        JsonNode proof = json(get(path + "/consent-proof"));
        assertThat(proof.get("steps")).extracting(step -> step.get("type").asString())
                .containsExactly("FORM_OF_CONTACT_AGREED", "MEETING_SCHEDULED");
        assertThat(proof.get("steps").get(1).get("needed")).hasSize(4)
                .allSatisfy(needed -> assertThat(needed.get("heldBy").get("grantedBySequence").asLong())
                        .isBetween(3L, 6L));

        assertThat(jdbc.sql("select count(*) from access_log where case_id = ? and actor_subject = ? "
                        + "and resource in ('CASE_HISTORY', 'CASE_AS_OF', 'CONSENT_PROOF')")
                .params(julia, DemoUsers.COMPLIANCE.id().toString()).query(Long.class).single()).isEqualTo(3L);
    }

    /**
     * The exports as an auditor gets them, checked by the documented offline command ({@code verify-export}, run
     * here with this JDK): both verify against the service's key; one byte changed, or another key given, fails.
     */
    @Test
    void exportsTheCaseAsSignedJsonAndPdfThatVerifyOfflineAndFailWhenAByteChanges() throws Exception {
        UUID julia = UUID.fromString(caseWithAMeetingScheduled());
        assertThat(get("/api/cases/" + julia + "/history").getStatusCode().value()).isEqualTo(200);
        Path folder = Files.createDirectories(Path.of("target", "exports"));
        Path json = folder.resolve(julia + ".json");
        Path pdf = folder.resolve(julia + ".pdf");
        ResponseEntity<byte[]> jsonExport = download("/api/cases/" + julia + "/export.json");
        ResponseEntity<byte[]> pdfExport = download("/api/cases/" + julia + "/export.pdf");
        assertThat(jsonExport.getHeaders().getContentDisposition().getFilename()).isEqualTo("case-" + julia + ".json");
        Files.write(json, jsonExport.getBody());
        Files.write(pdf, pdfExport.getBody());

        JsonNode document = JSON.readTree(json.toFile());
        assertThat(document.get("export").get("history").get("events")).hasSize(9);
        assertThat(document.get("export").get("consentProof").get("steps")).hasSize(2);
        assertThat(document.get("export").get("accessRecord")).extracting(entry -> entry.get("resource").asString())
                .contains("CASE_HISTORY");
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Case " + julia, "Consent proof", "MEETING_SCHEDULED");
        }

        assertThat(verify(json)).startsWith("0 ").contains("VERIFIED");
        assertThat(verify(pdf)).startsWith("0 ").contains("VERIFIED");
        assertThat(verifyWithKey(json, otherKey())).startsWith("1 ").contains("NOT SIGNED BY THE GIVEN KEY");
        for (Path file : List.of(json, pdf)) {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 1;
            Path changed = folder.resolve("changed-" + file.getFileName());
            Files.write(changed, bytes);
            assertThat(verify(changed)).startsWith("1 ").contains("TAMPERED");
        }
        assertThat(jdbc.sql("select count(*) from access_log where case_id = ? and resource = 'CASE_EXPORT'")
                .param(julia).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void refusesAMomentThatIsNotOneNamingTheFieldAndLogsTheAttempt() {
        UUID julia = UUID.fromString(caseAssignedTo(DemoUsers.MEDIATOR_ANNA));

        ResponseEntity<String> refused = get("/api/cases/" + julia + "/as-of?moment=yesterday-Kanarie");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("moment");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("Type");
        assertThat(refused.getBody()).doesNotContain("Kanarie");
        assertThat(jdbc.sql("select count(*) from access_log where actor_subject = ? and resource = 'CASE_AS_OF' "
                        + "and outcome = 'REJECTED'")
                .param(DemoUsers.COMPLIANCE.id().toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void isForComplianceOfficersOnly() {
        UUID julia = UUID.fromString(caseWithAMeetingScheduled());
        String path = "/api/cases/" + julia;

        for (DemoUsers other : List.of(DemoUsers.MEDIATOR_ANNA, DemoUsers.DESK, DemoUsers.ADMIN)) {
            assertThat(get(path + "/history", other).getStatusCode().value()).as(other.name()).isEqualTo(403);
            assertThat(get(path + "/consent-proof", other).getStatusCode().value()).as(other.name()).isEqualTo(403);
            assertThat(post("/api/consent-audits", other, null, null).getStatusCode().value()).isEqualTo(403);
        }
        assertThat(get("/api/cases/" + UUID.randomUUID() + "/history").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void auditsEveryCaseAndFindsAStepPlantedWithoutItsConsents() {
        UUID clean = UUID.fromString(caseWithAMeetingScheduled());
        UUID planted = UUID.fromString(caseAssignedTo(DemoUsers.MEDIATOR_ANNA));
        // a meeting scheduled without any consent: no command would accept it, so it is written into the store
        eventStore.publish(new GenericDomainEventMessage<>("Case", planted.toString(), 3,
                new MeetingScheduledEvent(planted, UUID.randomUUID(), ContactForm.MEETING, Instant.now(),
                        MeetingLocation.OFFICE, null, List.of(),
                        new StaffMember(DemoUsers.MEDIATOR_ANNA.id().toString(), StaffRole.MEDIATOR), Instant.now())));
        long eventsBefore = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();

        ResponseEntity<String> started = post("/api/consent-audits", DemoUsers.COMPLIANCE, null, null);
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        String audit = started.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(60)).until(() -> !json(get(audit)).get("finishedAt").isNull());
        JsonNode done = json(get(audit));

        assertThat(done.get("failure").isNull()).isTrue();
        assertThat(done.get("unreplayable")).isEmpty();
        assertThat(done.get("casesDone").asInt()).isEqualTo(done.get("casesTotal").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode violations = done.get("violations");
        assertThat(violations).filteredOn(v -> v.get("caseId").asString().equals(planted.toString()))
                .singleElement().satisfies(v -> {
                    assertThat(v.get("sequence").asLong()).isEqualTo(3);
                    assertThat(v.get("type").asString()).isEqualTo("MEETING_SCHEDULED");
                    assertThat(v.get("missing")).hasSize(4);
                });
        assertThat(violations).noneMatch(v -> v.get("caseId").asString().equals(clean.toString()));
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single())
                .as("the audit stores nothing").isEqualTo(eventsBefore);
        assertThat(json(get("/api/consent-audits")).get(0).get("auditId").asString())
                .isEqualTo(done.get("auditId").asString());
    }

    private ResponseEntity<byte[]> download(String uri) {
        return api().get().uri(uri).header("Authorization", "Bearer " + StaffTokens.of(DemoUsers.COMPLIANCE))
                .retrieve().toEntity(byte[].class);
    }

    private static String verify(Path file) throws Exception {
        return verifyWithKey(file, exportVerifyingKey());
    }

    /** {@code scripts/verify-export}'s own program, on this JDK: its exit code, then what it printed. */
    private static String verifyWithKey(Path file, String key) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process verifier = new ProcessBuilder(java, Path.of("..", "verify-export", "VerifyExport.java").toString(),
                "--key", key, file.toString()).redirectErrorStream(true).start();
        String output = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verifier.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return verifier.exitValue() + " " + output;
    }

    private static String otherKey() throws Exception {
        return Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
    }
}
