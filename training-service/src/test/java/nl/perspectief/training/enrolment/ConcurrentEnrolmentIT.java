package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.training.RunningTrainingService;
import tools.jackson.databind.JsonNode;

/**
 * Fifty people enrol at the same moment in a session with five places, through the public API: fifty threads wait at
 * a latch and are released together. Exactly five get a place and forty-five the waiting list, at positions 1 to 45
 * without a gap or a twin, in the order the session accepted them: each answer's position is the one its
 * {@code EnrolmentWaitlistedEvent} has, and the events' positions rise with their sequence in the session's stream.
 */
class ConcurrentEnrolmentIT extends RunningTrainingService {

    private static final int PEOPLE = 50;
    private static final int PLACES = 5;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;

    record Answer(int status, UUID enrolmentId, String state, Integer position) {
    }

    @Test
    void givesFivePlacesAndFortyFiveWaitingPositionsInTheOrderTheSessionAcceptedThem() throws Exception {
        UUID sessionId = new PublicCourses(commands).professionalsSession(PLACES);
        CountDownLatch ready = new CountDownLatch(PEOPLE);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(PEOPLE);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Map<String, Object> body = PublicCourses.enrolment("Deelnemer " + i + " Gelijktijdig");
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                ResponseEntity<String> answer = post("/api/public/sessions/" + sessionId + "/enrolments", null, body);
                JsonNode json = json(answer);
                return new Answer(answer.getStatusCode().value(),
                        json.has("enrolmentId") ? UUID.fromString(json.get("enrolmentId").asString()) : null,
                        json.path("status").asString(null),
                        json.path("waitingPosition").isNumber() ? json.get("waitingPosition").asInt() : null);
            }));
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get());
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        threads.shutdown();

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        List<Answer> confirmed = answers.stream().filter(answer -> "CONFIRMED".equals(answer.state())).toList();
        List<Answer> waiting = answers.stream().filter(answer -> "WAITING".equals(answer.state()))
                .sorted(Comparator.comparing(Answer::position)).toList();
        assertThat(confirmed).hasSize(PLACES);
        assertThat(waiting).hasSize(PEOPLE - PLACES);
        assertThat(waiting).extracting(Answer::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - PLACES).boxed().toList());

        List<Waitlisted> stream = waitlistedInStreamOrder(sessionId);
        assertThat(stream).extracting(Waitlisted::position)
                .as("positions in the order the session accepted the requests")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - PLACES).boxed().toList());
        assertThat(stream).extracting(Waitlisted::enrolmentId)
                .as("each answer's position is its event's")
                .containsExactlyElementsOf(waiting.stream().map(Answer::enrolmentId).toList());
        System.out.printf("%d simultaneous enrolments in a session of %d places: %d confirmed, %d waiting at 1..%d, "
                        + "answered in %d ms%n", PEOPLE, PLACES, confirmed.size(), waiting.size(),
                waiting.getLast().position(), tookMillis);
    }

    record Waitlisted(long sequence, UUID enrolmentId, int position) {
    }

    /** The session's EnrolmentWaitlistedEvents as the event store holds them, by sequence (ids and positions only). */
    private List<Waitlisted> waitlistedInStreamOrder(UUID sessionId) {
        return jdbc.sql("""
                        select sequence_number, payload from domain_event_entry
                        where aggregate_identifier = ? and payload_type like '%EnrolmentWaitlistedEvent'
                        order by sequence_number""")
                .param(sessionId.toString())
                .query((rs, row) -> {
                    JsonNode event = JSON.readTree(rs.getBytes("payload"));
                    return new Waitlisted(rs.getLong("sequence_number"), UUID.fromString(event.get("enrolmentId").asString()),
                            event.get("position").asInt());
                })
                .list();
    }
}
