package nl.perspectief.cases.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.cases.casefile.CaseFixtures;
import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * Figures, not a verdict: how long the consent audit of the organisation's whole history takes. Writes
 * {@code benchmark.cases} (10,000) cases of {@code benchmark.case-events} (50) events each into the event store as a
 * case's life writes them (opened, triaged, the approach with its consent, both parties' consents to a meeting, the
 * meeting agreed, scheduled and held, notes, closed; personal data encrypted as always), with the event processors
 * stopped so nothing else competes, then starts an audit through {@code POST /api/consent-audits} as the compliance
 * officer and waits for it; then downloads one case's exports. Not part of {@code ./mvnw verify}: {@code ./mvnw -B -pl case-service -am -Pbenchmark
 * -DskipTests verify -Dit.test=ConsentAuditBenchmark}. Results to stdout and {@code target/consent-audit-benchmark.txt}.
 */
class ConsentAuditBenchmark extends RunningCaseService {

    private static final Path RESULTS = Path.of("target", "consent-audit-benchmark.txt");
    private static final int EXPORTS = 20;

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void auditsTheWholeHistoryWhileTheOfficerWaits() throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 10_000);
        int eventsPerCase = Integer.getInteger("benchmark.case-events", 50);
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);

        long writing = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            eventStore.publish(aCaseOf(eventsPerCase));
        }
        double writtenSeconds = (System.nanoTime() - writing) / 1e9;
        long storedEvents = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();

        long started = System.nanoTime();
        ResponseEntity<String> start = post("/api/consent-audits", DemoUsers.COMPLIANCE, null, null);
        String audit = start.getHeaders().getLocation().toString();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !json(get(audit)).get("finishedAt").isNull());
        double auditSeconds = (System.nanoTime() - started) / 1e9;
        JsonNode done = json(get(audit));

        assertThat(done.get("failure").isNull()).isTrue();
        assertThat(done.get("casesDone").asInt()).isGreaterThanOrEqualTo(cases);
        long replayed = done.get("eventsReplayed").asLong();
        String oneCase = jdbc.sql("select aggregate_identifier from domain_event_entry where sequence_number = "
                + (eventsPerCase - 1) + " limit 1").query(String.class).single();
        Export json = export("/api/cases/" + oneCase + "/export.json");
        Export pdf = export("/api/cases/" + oneCase + "/export.pdf");
        String report = String.format(Locale.ROOT, """
                Consent audit of the whole history (%s)
                  written: %d cases of %d events in %.1f s (%d events in the store)
                  audit: %d cases, %d events replayed, %d steps without consent, in %.1f s (%.0f events/s, %.2f ms a case)
                  export of a case of %d events, mean of %d after %d warm-up: JSON %d bytes in %.1f ms, PDF %d bytes in %.1f ms
                """, Instant.now(), cases, eventsPerCase, writtenSeconds, storedEvents,
                done.get("casesDone").asInt(), replayed, done.get("violations").size(), auditSeconds,
                replayed / auditSeconds, auditSeconds * 1000 / done.get("casesDone").asInt(),
                eventsPerCase, EXPORTS, EXPORTS, json.bytes(), json.millis(), pdf.bytes(), pdf.millis());
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
    }

    /** Downloads an export as the compliance officer, {@value #EXPORTS} times after as many warm-up downloads. */
    private Export export(String uri) {
        String token = StaffTokens.of(DemoUsers.COMPLIANCE);
        byte[] file = null;
        long nanos = 0;
        for (int i = 0; i < 2 * EXPORTS; i++) {
            long started = System.nanoTime();
            file = api().get().uri(uri).header("Authorization", "Bearer " + token).retrieve().body(byte[].class);
            if (i >= EXPORTS) {
                nanos += System.nanoTime() - started;
            }
        }
        return new Export(file.length, nanos / 1e6 / EXPORTS);
    }

    private record Export(int bytes, double millis) {
    }

    /** One case's life of {@code size} events, every contact step with its consents, as commands would have made it. */
    private static List<EventMessage<?>> aCaseOf(int size) {
        CaseHistory julia = CaseFixtures.caseOfJulia();
        List<Object> events = new ArrayList<>(julia.inProgress(
                julia.consentRecorded(UUID.randomUUID(), Consent.approachOtherParty(julia.applicantId)),
                new ContactAttemptedEvent(julia.caseId, julia.otherPartyId, ApproachChannel.LETTER, false, null,
                        CaseFixtures.MEDIATOR, CaseFixtures.AT),
                new PartyRespondedEvent(julia.caseId, julia.otherPartyId, PartyResponse.OPEN_TO_CONTACT,
                        "Open to a meeting.", CaseFixtures.MEDIATOR, CaseFixtures.AT)));
        events.addAll(julia.bothConsentTo(ContactForm.MEETING));
        events.add(julia.formAgreed(ContactForm.MEETING));
        events.add(julia.meetingScheduled());
        events.add(new MeetingHeldEvent(julia.caseId, julia.meetingId, CaseFixtures.MEDIATOR, CaseFixtures.AT));
        while (events.size() < size - 1) {
            events.add(new CaseNoteAddedEvent(julia.caseId, UUID.randomUUID(), "Spoke with both parties.",
                    CaseFixtures.MEDIATOR, CaseFixtures.AT));
        }
        events.add(julia.closed());
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Case", julia.caseId.toString(), sequence,
                    events.get(sequence)));
        }
        return messages;
    }
}
