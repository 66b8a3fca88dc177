package nl.perspectief.training.certificate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.PlanCourseCommand;
import nl.perspectief.training.enrolment.Browser;
import nl.perspectief.training.enrolment.Browser.Page;
import nl.perspectief.training.enrolment.PublicCourses;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.CompleteSessionCommand;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.IssueCertificateCommand;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RecordAttendanceCommand;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;
import nl.perspectief.training.session.api.SessionDay;
import tools.jackson.databind.JsonNode;

/**
 * The public certificate check on the running service: a code of an issued certificate says valid, the course and
 * its dates, and nothing of whose it is; an unknown code says not valid; text that cannot be a code is bad input. The
 * certificate comes from a session held ten days ago, planned, attended, completed and certified through commands at
 * the times they happened.
 */
class CertificateCheckIT extends RunningTrainingService {

    private static final String PARTICIPANT = "Sanne Verhoeven";

    @Autowired
    private CommandGateway commands;

    private String code;
    private LocalDate day;

    @BeforeEach
    void aCertificateIssuedForASessionHeldTenDaysAgo() {
        Instant now = Instant.now();
        day = LocalDate.now(PublicCourses.UTRECHT).minusDays(10);
        UUID courseId = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID enrolmentId = UUID.randomUUID();
        CourseFacts facts = new CourseFacts("Slachtoffers in beeld", Audience.PROFESSIONALS, new BigDecimal("6.0"),
                new Accreditation("Kwaliteitsregister V&V", "KV-2026-0901"), CompletionRule.EVERY_DAY);
        commands.sendAndWait(new PlanCourseCommand(courseId, facts.title(), Audience.PROFESSIONALS, "Een dag.",
                facts.netHours(), facts.accreditation(), facts.completionRule(), PublicCourses.TRAINER,
                now.minus(Duration.ofDays(30))));
        commands.sendAndWait(new PlanSessionCommand(sessionId, courseId, facts,
                List.of(new SessionDay(day, LocalTime.of(9, 30), LocalTime.of(16, 30))),
                new Location(LocationKind.ONLINE, "Teams"), List.of(PublicCourses.TRAINER.staffId()), 5,
                now.minus(Duration.ofDays(30)), day.minusDays(2).atStartOfDay(PublicCourses.UTRECHT).toInstant(),
                Duration.ofDays(2), PublicCourses.TRAINER, now.minus(Duration.ofDays(29))));
        commands.sendAndWait(new RequestEnrolmentCommand(sessionId, enrolmentId, UUID.randomUUID(),
                new Participant(PARTICIPANT, "sanne@example.org", null, "GGZ Centraal", "VV-123"),
                "key-" + enrolmentId, EnrolledBy.self(), now.minus(Duration.ofDays(28))));
        Instant evening = day.atTime(17, 0).atZone(PublicCourses.UTRECHT).toInstant();
        commands.sendAndWait(new RecordAttendanceCommand(sessionId, day, enrolmentId, AttendanceMark.PRESENT,
                PublicCourses.TRAINER, evening));
        commands.sendAndWait(new CompleteSessionCommand(sessionId, PublicCourses.TRAINER, evening.plusSeconds(60)));
        code = "K7M2P9QX" + UUID.randomUUID().toString().replaceAll("[^2-9]", "").substring(0, 4);
        commands.sendAndWait(new IssueCertificateCommand(sessionId, enrolmentId, UUID.randomUUID(), code,
                PublicCourses.TRAINER, now));
    }

    @Test
    void saysACertificateIsValidForWhichCourseAndDatesAndNotWhose() {
        Page page = new Browser(port, "nl").get("/certificates/check?code="
                + code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
        ResponseEntity<String> api = get("/api/public/certificates/" + code, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Dit certificaat is geldig", "Slachtoffers in beeld",
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl")).format(day))
                .doesNotContain("Sanne", "Verhoeven", "GGZ");
        JsonNode answer = json(api);
        assertThat(answer.get("valid").asBoolean()).isTrue();
        assertThat(answer.get("courseTitle").asString()).isEqualTo("Slachtoffers in beeld");
        assertThat(answer.get("dates").get(0).asString()).isEqualTo(day.toString());
        assertThat(answer.propertyNames()).containsExactlyInAnyOrder("valid", "courseTitle", "dates");
    }

    @Test
    void saysThereIsNoCertificateWithAnUnknownCode() {
        Page page = new Browser(port, "en").get("/certificates/check?code=ZZZZ2222ZZZZ");
        JsonNode answer = json(get("/api/public/certificates/ZZZZ2222ZZZZ", null));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("No certificate with this code was issued.");
        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.get("courseTitle").isNull()).isTrue();
    }

    @Test
    void refusesTextThatCannotBeACodeAsBadInput() {
        Page page = new Browser(port, "nl").get("/certificates/check?code=%3Cscript%3E");
        ResponseEntity<String> api = get("/api/public/certificates/" + "A".repeat(40), null);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Dit is geen code");
        assertThat(api.getStatusCode().value()).isEqualTo(400);
        assertThat(json(api).get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void showsTheFormWithoutACode() {
        Page form = new Browser(port, "nl").get("/certificates/check");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.document().select("form.check input[name=code]")).hasSize(1);
    }
}
