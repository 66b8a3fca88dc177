package nl.perspectief.training.session.web;

import static nl.perspectief.training.session.web.TrainerApi.json;
import static nl.perspectief.training.session.web.TrainerApi.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.training.RunningTrainingServiceOnAMovableClock;
import tools.jackson.databind.JsonNode;

/**
 * A trainer enrols people through the API on the running service: places, then the waiting list; a cancelled place
 * offered to the first waiting; someone moved on the list for a reason; a perpetrator with their probation officer.
 * Every read of the lists is in the access log.
 */
class EnrolmentApiIT extends RunningTrainingServiceOnAMovableClock {

    private TrainerApi trainer;

    @BeforeEach
    void theTrainer() {
        trainer = new TrainerApi(port);
    }

    @Test
    void enrolsThreeInThreePlacesAndPutsTheFourthOnTheWaitingList() {
        UUID sessionId = professionalSession(3);
        List<UUID> placed = List.of(trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong")),
                trainer.enrol(sessionId, TrainerApi.professional("Mehmet Yilmaz")),
                trainer.enrol(sessionId, TrainerApi.professional("Sanne Bakker")));

        ResponseEntity<String> fourth = trainer.post("/api/sessions/" + sessionId + "/enrolments",
                TrainerApi.professional("Joost Vermeer"));

        assertThat(fourth.getStatusCode().value()).isEqualTo(201);
        assertThat(json(fourth).get("status").asString()).isEqualTo("WAITING");
        assertThat(json(fourth).get("waitingPosition").asInt()).isEqualTo(1);
        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("status").asString()).isEqualTo("FULL");
        assertThat(session.get("enrolments").valueStream().map(e -> e.get("enrolmentId").asString()))
                .containsExactlyInAnyOrderElementsOf(placed.stream().map(UUID::toString).toList());
        JsonNode waiting = session.get("waitingList").get(0);
        assertThat(waiting.get("participant").get("name").asString()).isEqualTo("Joost Vermeer");
        assertThat(waiting.get("participant").get("email").asString()).isEqualTo("joost.vermeer@example.org");
        assertThat(waiting.get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(waiting.get("channel").asString()).isEqualTo("TRAINER");
        assertThat(waiting.get("enrolledByStaffId").asString()).isEqualTo(DemoUsers.TRAINER.id().toString());
        assertThat(waiting.get("referredBy").isNull()).isTrue();
    }

    @Test
    void aCancelledPlaceIsOfferedToTheFirstWaitingForTheSessionsOfferValidity() {
        UUID sessionId = professionalSession(1);
        UUID ilse = trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        UUID joost = trainer.enrol(sessionId, TrainerApi.professional("Joost Vermeer"));
        long version = trainer.session(sessionId).get("version").asLong();
        Instant cancelledAt = clock.instant();

        ResponseEntity<String> cancelled = trainer.post("/api/sessions/" + sessionId + "/enrolments/" + ilse + "/cancel",
                null, version);

        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        JsonNode session = trainer.session(sessionId);
        JsonNode offered = enrolment(session, joost);
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        assertThat(Instant.parse(offered.get("offerExpiresAt").asString()))
                .isBetween(cancelledAt.plus(Duration.ofHours(48)), clock.instant().plus(Duration.ofHours(48)));
        assertThat(enrolment(session, ilse).get("endedBecause").asString()).isEqualTo("CANCELLED");
        assertThat(session.get("ended").valueStream().map(e -> e.get("enrolmentId").asString()))
                .containsExactly(ilse.toString());
    }

    @Test
    void movesSomeoneOnTheWaitingListForAReasonOnly() {
        UUID sessionId = professionalSession(1);
        trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        UUID first = trainer.enrol(sessionId, TrainerApi.professional("Joost Vermeer"));
        UUID second = trainer.enrol(sessionId, TrainerApi.professional("Fatima El Amrani"));
        String move = "/api/sessions/" + sessionId + "/waiting-list/" + second + "/position";

        assertThat(json(trainer.post(move, map("position", 1, "reason", " "))).get("rule").asString())
                .isEqualTo("ReorderNeedsAReason");
        assertThat(json(trainer.post(move, map("position", 3, "reason", "Start volgende maand"))).get("rule").asString())
                .isEqualTo("WaitingListPositionOutOfRange");
        assertThat(trainer.post(move, map("position", 1, "reason", "Start volgende maand in een nieuwe functie"))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(trainer.session(sessionId).get("waitingList").valueStream().map(e -> e.get("enrolmentId").asString()))
                .containsExactly(second.toString(), first.toString());
    }

    @Test
    void refusesToEnrolOnePersonTwiceByTheirEmailAddressInWhateverCase() {
        UUID sessionId = professionalSession(3);
        trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        Map<String, Object> again = map("participant", map("name", "I. de Jong", "email", "Ilse.De.Jong@Example.ORG"));

        ResponseEntity<String> refused = trainer.post("/api/sessions/" + sessionId + "/enrolments", again);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(refused).get("rule").asString()).isEqualTo("AlreadyEnrolled");
        assertThat(trainer.session(sessionId).get("confirmed").asInt()).isEqualTo(1);
    }

    @Test
    void enrolsAPerpetratorWithTheProfessionalWhoRefersThemAndNotWithout() {
        UUID courseId = trainer.planCourse(TrainerApi.perpetratorCourse("Slachtofferbewustzijn"));
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 8, clock.instant()));

        ResponseEntity<String> refused = trainer.post("/api/sessions/" + sessionId + "/enrolments",
                map("participant", map("name", "Kevin Smit")));
        UUID kevin = trainer.enrol(sessionId, TrainerApi.referred("Kevin Smit"));

        assertThat(json(refused).get("rule").asString()).isEqualTo("PerpetratorNeedsAReferringProfessional");
        JsonNode enrolment = enrolment(trainer.session(sessionId), kevin);
        assertThat(enrolment.get("channel").asString()).isEqualTo("TRAINER");
        assertThat(enrolment.get("participant").get("email").isNull()).isTrue();
        assertThat(enrolment.get("referredBy").get("name").asString()).isEqualTo("Karin Visser");
        assertThat(enrolment.get("referredBy").get("organisation").asString()).isEqualTo("Reclassering Nederland, Utrecht");
    }

    @Test
    void refusesAnEnrolmentWithoutAName() {
        UUID sessionId = professionalSession(3);

        ResponseEntity<String> refused = trainer.post("/api/sessions/" + sessionId + "/enrolments",
                map("participant", map("name", " ", "email", "not-an-address")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused).get("errors").valueStream().map(e -> e.get("field").asString() + ":" + e.get("rule").asString()))
                .containsExactlyInAnyOrder("participant.name:NotBlank", "participant.email:Email");
    }

    @Test
    void everyReadOfASessionsParticipantsIsInTheAccessLogBeforeItIsAnswered() {
        UUID sessionId = professionalSession(3);
        trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        int before = reads(sessionId, "SESSION_PARTICIPANTS", "ALLOWED");

        trainer.session(sessionId);
        trainer.get("/api/sessions");

        assertThat(reads(sessionId, "SESSION_PARTICIPANTS", "ALLOWED")).isEqualTo(before + 1);
        assertThat(JdbcClient.create(superuserDataSource())
                .sql("select actor_subject, actor_role from access_log where case_id = :session order by position desc limit 1")
                .param("session", sessionId).query((rs, row) -> rs.getString(1) + "/" + rs.getString(2)).single())
                .isEqualTo(DemoUsers.TRAINER.id() + "/TRAINER");
        UUID nowhere = UUID.randomUUID();
        trainer.get("/api/sessions/" + nowhere);
        assertThat(reads(nowhere, "SESSION_PARTICIPANTS", "NOT_FOUND")).isEqualTo(1);
    }

    private UUID professionalSession(int capacity) {
        UUID courseId = trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld"));
        return trainer.planSession(TrainerApi.twoDaySession(courseId, capacity, clock.instant()));
    }

    private static JsonNode enrolment(JsonNode session, UUID enrolmentId) {
        for (String list : List.of("enrolments", "waitingList", "ended")) {
            for (JsonNode enrolment : session.get(list)) {
                if (enrolment.get("enrolmentId").asString().equals(enrolmentId.toString())) {
                    return enrolment;
                }
            }
        }
        throw new AssertionError("no enrolment " + enrolmentId);
    }

    static int reads(UUID sessionId, String resource, String outcome) {
        return JdbcClient.create(superuserDataSource())
                .sql("select count(*) from access_log where case_id = :session and resource = :resource and outcome = :outcome")
                .param("session", sessionId).param("resource", resource).param("outcome", outcome)
                .query(Integer.class).single();
    }
}
