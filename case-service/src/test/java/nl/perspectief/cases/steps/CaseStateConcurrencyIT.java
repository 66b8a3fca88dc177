package nl.perspectief.cases.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.keycloak.DemoUsers;

/**
 * What a step is checked against ({@code case_state}: the mediator, the version) is written with the case's events,
 * so it is right the moment a command returns, and stays right when two steps race.
 */
class CaseStateConcurrencyIT extends RunningCaseService {

    private static final String NOTE = "{\"text\": \"Spoke with the applicant.\"}";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void letsOneOfTwoStepsSentAtOnceOnTheSameVersionThroughAndTellsTheOtherTheVersionThatWon() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String notes = "/api/cases/" + caseId + "/notes";
        CountDownLatch ready = new CountDownLatch(2);
        List<ResponseEntity<String>> answers;
        try (ExecutorService clients = Executors.newFixedThreadPool(2)) {
            answers = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        awaitQuietly(ready);
                        return post(notes, DemoUsers.MEDIATOR_ANNA, "\"2\"", NOTE);
                    }, clients))
                    .toList().stream().map(CompletableFuture::join).toList();
        }

        assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsExactlyInAnyOrder(200, 409);
        ResponseEntity<String> applied = answers.stream().filter(a -> a.getStatusCode().value() == 200).findFirst()
                .orElseThrow();
        ResponseEntity<String> stale = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst()
                .orElseThrow();
        assertThat(json(applied).get("version").asLong()).isEqualTo(3);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(3);
        assertThat(eventStore.lastSequenceNumberFor(caseId)).contains(3L);
        assertThat(jdbc.sql("select version from case_state where case_id = :caseId")
                .param("caseId", UUID.fromString(caseId)).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void answersTheMediatorReassignedAwayAsACaseThatDoesNotExistTheMomentTheDeskReassigned() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String path = "/api/cases/" + caseId;

        ResponseEntity<String> reassigned = post(path + "/assign-mediator", DemoUsers.DESK, "\"2\"",
                "{\"mediatorId\": \"" + DemoUsers.MEDIATOR_BRAM.id() + "\"}");
        ResponseEntity<String> byAnna = post(path + "/notes", DemoUsers.MEDIATOR_ANNA, "\"3\"", NOTE);
        ResponseEntity<String> byBram = post(path + "/notes", DemoUsers.MEDIATOR_BRAM, "\"3\"", NOTE);

        assertThat(reassigned.getStatusCode().value()).isEqualTo(200);
        assertThat(byAnna.getStatusCode().value()).isEqualTo(404);
        assertThat(byBram.getStatusCode().value()).as(byBram.getBody()).isEqualTo(200);
        assertThat(json(byBram).get("version").asLong()).isEqualTo(4);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
