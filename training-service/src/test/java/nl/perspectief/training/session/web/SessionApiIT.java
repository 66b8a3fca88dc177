package nl.perspectief.training.session.web;

import static nl.perspectief.training.session.web.TrainerApi.json;
import static nl.perspectief.training.session.web.TrainerApi.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import nl.perspectief.training.RunningTrainingServiceOnAMovableClock;
import tools.jackson.databind.JsonNode;

/**
 * Planning a session and its steps (open, start, cancel) through the trainers' API on the running service: each
 * answers the session's new version as ETag, a stale If-Match is refused, and each refusal is problem+json naming the
 * rule.
 */
class SessionApiIT extends RunningTrainingServiceOnAMovableClock {

    private TrainerApi trainer;
    private UUID courseId;

    @BeforeEach
    void aCourse() {
        trainer = new TrainerApi(port);
        courseId = trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld"));
    }

    @Test
    void plansATwoDaySessionOpenAtOnceAndReadsItWithItsVersionAsETag() {
        Instant now = clock.instant();
        ResponseEntity<String> planned = trainer.post("/api/sessions", TrainerApi.twoDaySession(courseId, 3, now));

        assertThat(planned.getStatusCode().value()).isEqualTo(201);
        UUID sessionId = UUID.fromString(json(planned).get("sessionId").asString());
        assertThat(planned.getHeaders().getLocation()).hasToString("/api/sessions/" + sessionId);
        ResponseEntity<String> read = trainer.get("/api/sessions/" + sessionId);
        JsonNode session = json(read);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"" + session.get("version").asLong() + "\"")
                .isEqualTo(planned.getHeaders().getETag());
        assertThat(session.get("status").asString()).isEqualTo("OPEN");
        assertThat(session.get("course").get("title").asString()).isEqualTo("Praten over schuld");
        assertThat(session.get("days").valueStream().map(day -> day.get("date").asString()))
                .containsExactly(TrainerApi.firstDay(now).toString(), TrainerApi.secondDay(now).toString());
        assertThat(session.get("trainerIds").valueStream().map(JsonNode::asString))
                .containsExactly("8cd2be8d-58a4-4902-9b4c-effe317ee43f");
        assertThat(session.get("enrolments").isEmpty()).isTrue();
        assertThat(session.get("waitingList").isEmpty()).isTrue();
        assertThat(json(trainer.get("/api/sessions?audience=PROFESSIONALS&from=" + TrainerApi.secondDay(now))).valueStream()
                .map(listed -> listed.get("sessionId").asString())).contains(sessionId.toString());
        assertThat(json(trainer.get("/api/sessions?audience=PERPETRATORS")).valueStream()
                .map(listed -> listed.get("sessionId").asString())).doesNotContain(sessionId.toString());
    }

    @Test
    void opensAPlannedSessionBeforeItsWindow() {
        Map<String, Object> later = TrainerApi.twoDaySession(courseId, 3, clock.instant());
        later.put("enrolmentOpensAt", clock.instant().plusSeconds(3 * 86_400).toString());
        UUID sessionId = trainer.planSession(later);
        assertThat(trainer.session(sessionId).get("status").asString()).isEqualTo("PLANNED");

        ResponseEntity<String> opened = trainer.post("/api/sessions/" + sessionId + "/open", null,
                trainer.session(sessionId).get("version").asLong());

        assertThat(opened.getStatusCode().value()).isEqualTo(200);
        assertThat(trainer.session(sessionId).get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.getHeaders().getETag()).isEqualTo("\"" + trainer.session(sessionId).get("version").asLong() + "\"");
    }

    @Test
    void refusesAStepAgainstAVersionTheSessionMovedOnFromAndChangesNothing() {
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 3, clock.instant()));
        long seen = trainer.session(sessionId).get("version").asLong();
        trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));

        ResponseEntity<String> stale = trainer.post("/api/sessions/" + sessionId + "/cancel", map("reason", "Ziek"), seen);

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(stale).get("currentVersion").asLong()).isGreaterThan(seen);
        assertThat(json(stale).get("expectedVersion").asLong()).isEqualTo(seen);
        assertThat(trainer.session(sessionId).get("status").asString()).isEqualTo("OPEN");
        assertThat(trainer.post("/api/sessions/" + sessionId + "/open", null).getStatusCode().value()).isEqualTo(200);
        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/open", null, null)).get("sessionId").asString())
                .isEqualTo(sessionId.toString());
    }

    @Test
    void cancelsASessionForAReasonAndRefusesAnythingAfter() {
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 3, clock.instant()));
        trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));

        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/cancel", map("reason", "  "))).get("rule").asString())
                .isEqualTo("CancellationNeedsAReason");
        assertThat(trainer.post("/api/sessions/" + sessionId + "/cancel", map("reason", "De trainer is ziek."))
                .getStatusCode().value()).isEqualTo(200);

        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(session.get("cancellationReason").asString()).isEqualTo("De trainer is ziek.");
        assertThat(session.get("ended").get(0).get("endedBecause").asString()).isEqualTo("SESSION_CANCELLED");
        ResponseEntity<String> refused = trainer.post("/api/sessions/" + sessionId + "/open", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(json(refused).get("rule").asString()).isEqualTo("SessionCancelled");
    }

    @Test
    void startsOnTheFirstDayAndNotBefore() {
        Instant now = clock.instant();
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 3, now));

        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/start", null)).get("rule").asString())
                .isEqualTo("SessionStartsOnItsFirstDay");
        clock.moveTo(TrainerApi.at(TrainerApi.firstDay(now), 9));
        assertThat(trainer.post("/api/sessions/" + sessionId + "/start", null).getStatusCode().value()).isEqualTo(200);
        assertThat(trainer.session(sessionId).get("status").asString()).isEqualTo("RUNNING");
        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/complete", null)).get("rule").asString())
                .isEqualTo("SessionNotOverYet");
    }

    @Test
    void refusesASessionOfACourseNotInTheCatalogueAWindowAfterTheFirstDayAndABadIfMatch() {
        Instant now = clock.instant();
        assertThat(json(trainer.post("/api/sessions", TrainerApi.twoDaySession(UUID.randomUUID(), 3, now)))
                .get("rule").asString()).isEqualTo("UnknownCourse");
        Map<String, Object> tooLate = TrainerApi.twoDaySession(courseId, 3, now);
        tooLate.put("enrolmentClosesAt", TrainerApi.at(TrainerApi.secondDay(now), 9).toString());
        assertThat(json(trainer.post("/api/sessions", tooLate)).get("rule").asString())
                .isEqualTo("EnrolmentMustCloseBeforeFirstDay");

        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(courseId, 3, now));
        ResponseEntity<String> weak = trainer.api("/api/sessions/" + sessionId + "/open", "W/\"1\"");
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(json(weak).get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        ResponseEntity<String> none = trainer.get("/api/sessions/" + UUID.randomUUID());
        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
