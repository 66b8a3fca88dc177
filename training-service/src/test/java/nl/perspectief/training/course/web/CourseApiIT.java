package nl.perspectief.training.course.web;

import static nl.perspectief.training.session.web.TrainerApi.json;
import static nl.perspectief.training.session.web.TrainerApi.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import nl.perspectief.training.RunningTrainingServiceOnAMovableClock;
import nl.perspectief.training.session.web.TrainerApi;
import tools.jackson.databind.JsonNode;

/** The trainers' API of the catalogue on the running service, with the demo trainer's real token. */
class CourseApiIT extends RunningTrainingServiceOnAMovableClock {

    private TrainerApi trainer;

    @BeforeEach
    void theTrainer() {
        trainer = new TrainerApi(port);
    }

    @Test
    void plansACourseForProfessionalsWithItsAccreditationAndListsIt() {
        ResponseEntity<String> planned = trainer.post("/api/courses", TrainerApi.professionalCourse("Praten over schuld"));

        assertThat(planned.getStatusCode().value()).isEqualTo(201);
        JsonNode course = json(planned);
        assertThat(planned.getHeaders().getLocation()).hasToString("/api/courses/" + course.get("courseId").asString());
        assertThat(course.get("netHours").decimalValue()).isEqualByComparingTo("12.0");
        assertThat(course.get("accreditation").get("register").asString()).isEqualTo("Kwaliteitsregister V&V");
        assertThat(course.get("accreditationPoints").decimalValue()).isEqualByComparingTo("12.0");
        assertThat(course.get("completionRule").get("maxExcusedDays").asInt()).isZero();
        assertThat(json(trainer.get("/api/courses?audience=PROFESSIONALS")).valueStream()
                .map(listed -> listed.get("courseId").asString())).contains(course.get("courseId").asString());
        assertThat(json(trainer.get("/api/courses?audience=PERPETRATORS")).valueStream()
                .map(listed -> listed.get("courseId").asString())).doesNotContain(course.get("courseId").asString());
    }

    @Test
    void revisesACourseWhoseNewHoursGiveItsPoints() {
        UUID courseId = trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld"));

        ResponseEntity<String> revised = trainer.post("/api/courses/" + courseId + "/revise", map(
                "title", "Praten over schuld en slachtoffers", "description", null, "netHours", 6.5,
                "accreditation", map("register", "Kwaliteitsregister V&V", "activityId", "KV-2026-0816"),
                "maxExcusedDays", 1));

        assertThat(revised.getStatusCode().value()).isEqualTo(200);
        JsonNode course = json(trainer.get("/api/courses/" + courseId));
        assertThat(course.get("title").asString()).isEqualTo("Praten over schuld en slachtoffers");
        assertThat(course.get("accreditationPoints").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(course.get("completionRule").get("maxExcusedDays").asInt()).isEqualTo(1);
        assertThat(course.get("revisedAt").isNull()).isFalse();
    }

    @Test
    void refusesAnAccreditationForACourseForPerpetratorsByItsRule() {
        ResponseEntity<String> refused = trainer.post("/api/courses", map("title", "Slachtofferbewustzijn",
                "audience", "PERPETRATORS", "netHours", 6.0,
                "accreditation", map("register", "Kwaliteitsregister V&V", "activityId", "KV-1")));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(refused).get("rule").asString()).isEqualTo("AccreditationOnlyForProfessionals");
        assertThat(json(refused).get("type").asString()).endsWith("/training-rule");
    }

    @Test
    void refusesHoursWithTwoDecimalsAndACourseNotInTheCatalogue() {
        assertThat(json(trainer.post("/api/courses", map("title", "Kort", "audience", "PROFESSIONALS",
                "netHours", 1.25))).get("rule").asString()).isEqualTo("NetHoursAtMostOneDecimal");
        ResponseEntity<String> unknown = trainer.post("/api/courses/" + UUID.randomUUID() + "/revise",
                map("title", "x", "netHours", 1.0));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
