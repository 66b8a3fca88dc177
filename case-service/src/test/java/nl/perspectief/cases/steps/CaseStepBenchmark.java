package nl.perspectief.cases.steps;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.web.CaseMediators;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.notes.api.AddCaseNoteCommand;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.keycloak.DemoUsers;

/**
 * Figures, not a verdict: what a step and the mediator check cost on a long case. A case of
 * {@code benchmark.events} events (1000: opened, accepted, assigned, then notes through the command gateway)
 * gets {@code benchmark.steps} (200) more notes through {@code POST /api/cases/{id}/notes} as its mediator,
 * one after the other, each naming the version the previous one answered (the mediator check, the command,
 * the version after it); then {@link CaseMediators} is asked as often as the interceptor asks it.
 * <p>
 * Not part of {@code ./mvnw verify}: {@code ./mvnw -B -pl case-service -am -Pbenchmark -DskipTests verify}.
 * Results go to stdout and to {@code target/case-step-benchmark.txt}.
 */
class CaseStepBenchmark extends RunningCaseService {

    private static final Path RESULTS = Path.of("target", "case-step-benchmark.txt");
    private static final int WARM_UP = 50;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private CaseMediators mediators;

    @Test
    void aStepAndAMediatorCheckOnACaseOfAThousandEvents() throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000);
        int steps = Integer.getInteger("benchmark.steps", 200);
        DemoUsers anna = DemoUsers.MEDIATOR_ANNA;
        UUID caseId = UUID.fromString(caseAssignedTo(anna));
        StaffMember mediator = new StaffMember(anna.id().toString(), StaffRole.MEDIATOR);
        for (int version = 3; version < events; version++) {
            commands.sendAndWait(new AddCaseNoteCommand(CaseId.of(caseId), null, UUID.randomUUID(), "Note " + version,
                    mediator, Instant.now()));
        }

        long version = events - 1;
        for (int i = 0; i < WARM_UP; i++) {
            version = note(caseId, version, anna);
        }
        long[] stepNanos = new long[steps];
        for (int i = 0; i < steps; i++) {
            long started = System.nanoTime();
            version = note(caseId, version, anna);
            stepNanos[i] = System.nanoTime() - started;
        }

        int checks = steps * 5;
        for (int i = 0; i < WARM_UP; i++) {
            mediators.of(caseId);
        }
        long[] checkNanos = new long[checks];
        for (int i = 0; i < checks; i++) {
            long started = System.nanoTime();
            assertThat(mediators.of(caseId)).hasValueSatisfying(a -> assertThat(a.mediatorId()).isEqualTo(anna.id().toString()));
            checkNanos[i] = System.nanoTime() - started;
        }

        String report = String.format(Locale.ROOT, """
                Case steps on a long case (%s)
                  %d notes by POST /api/cases/{id}/notes on a case of %d to %d events (after %d warm-up steps):
                    ms: mean %.2f  p50 %.2f  p95 %.2f  max %.2f
                  %d mediator checks (CaseMediators.of) on the case at %d events:
                    ms: mean %.3f  p50 %.3f  p95 %.3f  max %.3f
                """,
                Instant.now(), steps, events + WARM_UP, version + 1, WARM_UP,
                mean(stepNanos), percentile(stepNanos, 50), percentile(stepNanos, 95), percentile(stepNanos, 100),
                checks, version + 1,
                mean(checkNanos), percentile(checkNanos, 50), percentile(checkNanos, 95), percentile(checkNanos, 100));
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);
    }

    /** One note as the mediator; answers the version it left the case at. */
    private long note(UUID caseId, long version, DemoUsers mediator) {
        ResponseEntity<String> answer = post("/api/cases/" + caseId + "/notes", mediator, "\"" + version + "\"",
                "{\"text\": \"Spoke with the applicant.\"}");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        long after = json(answer).get("version").asLong();
        assertThat(after).isEqualTo(version + 1);
        return after;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
