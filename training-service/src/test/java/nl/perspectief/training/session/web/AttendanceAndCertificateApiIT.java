package nl.perspectief.training.session.web;

import static nl.perspectief.training.session.web.TrainerApi.json;
import static nl.perspectief.training.session.web.TrainerApi.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import nl.perspectief.training.RunningTrainingServiceOnAMovableClock;
import nl.perspectief.training.certificate.PdfText;
import tools.jackson.databind.JsonNode;

/**
 * A session's days come (the service's clock moved on): attendance taken per day through the API, one mark or a list
 * of them (all or none), the session completed after its last day, certificates issued to those who completed it with
 * a verification code, and the certificate and a day's sign-in sheet as PDFs, read back.
 */
class AttendanceAndCertificateApiIT extends RunningTrainingServiceOnAMovableClock {

    private static final String CODE = "[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}";

    @Test
    void takesAttendanceOnBothDaysCompletesAndCertifiesThoseWhoCompletedIt() {
        TrainerApi trainer = new TrainerApi(port);
        Instant planned = clock.instant();
        LocalDate first = TrainerApi.firstDay(planned);
        LocalDate second = TrainerApi.secondDay(planned);
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(
                trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld")), 3, planned));
        UUID ilse = trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        UUID mehmet = trainer.enrol(sessionId, TrainerApi.professional("Mehmet Yilmaz"));
        UUID sanne = trainer.enrol(sessionId, TrainerApi.professional("Sanne Bakker"));
        String days = "/api/sessions/" + sessionId + "/days/";

        assertThat(json(trainer.post(days + first + "/attendance", mark(ilse, "PRESENT"))).get("rule").asString())
                .isEqualTo("AttendanceInAdvance");
        clock.moveTo(TrainerApi.at(first, 17));
        assertThat(trainer.post(days + first + "/attendance", List.of(mark(ilse, "PRESENT"), mark(mehmet, "LATE"),
                mark(sanne, "ABSENT"))).getStatusCode().value()).isEqualTo(200);
        assertThat(json(trainer.post(days + second + "/attendance", mark(ilse, "PRESENT"))).get("rule").asString())
                .isEqualTo("AttendanceInAdvance");
        assertThat(trainer.session(sessionId).get("status").asString()).isEqualTo("RUNNING");

        clock.moveTo(TrainerApi.at(second, 18));
        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/complete", null)).get("rule").asString())
                .isEqualTo("AttendanceIncomplete");
        for (UUID participant : List.of(ilse, mehmet, sanne)) {
            assertThat(trainer.post(days + second + "/attendance", mark(participant, "PRESENT")).getStatusCode().value())
                    .isEqualTo(200);
        }
        assertThat(trainer.post("/api/sessions/" + sessionId + "/complete", null).getStatusCode().value()).isEqualTo(200);

        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(outcome(session, ilse)).isEqualTo("COMPLETED");
        assertThat(outcome(session, mehmet)).isEqualTo("COMPLETED");
        assertThat(outcome(session, sanne)).isEqualTo("NOT_COMPLETED");
        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/enrolments/" + sanne + "/certificate", null))
                .get("rule").asString()).isEqualTo("CertificateOnlyForCompletedParticipants");

        ResponseEntity<String> issued = trainer.post("/api/sessions/" + sessionId + "/enrolments/" + ilse + "/certificate",
                null);
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        String code = json(issued).get("verificationCode").asString();
        assertThat(code).matches(CODE);
        assertThat(json(issued).get("checkAddress").asString())
                .isEqualTo("http://localhost:8084/certificates/check?code=" + code);
        assertThat(json(trainer.post("/api/sessions/" + sessionId + "/enrolments/" + ilse + "/certificate", null))
                .get("rule").asString()).isEqualTo("CertificateAlreadyIssued");

        int logged = EnrolmentApiIT.reads(sessionId, "CERTIFICATE", "ALLOWED");
        ResponseEntity<byte[]> pdf = trainer.download("/api/sessions/" + sessionId + "/enrolments/" + ilse
                + "/certificate.pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("certificaat-" + code + ".pdf");
        assertThat(EnrolmentApiIT.reads(sessionId, "CERTIFICATE", "ALLOWED")).isEqualTo(logged + 1);
        String certificate = PdfText.of(pdf.getBody());
        assertThat(certificate).contains("Certificaat", "Ilse de Jong", "Praten over schuld", "Netto lesuren: 12,0",
                "Kwaliteitsregister V&V", "KV-2026-0815", "12,0 accreditatiepunten", code,
                "http://localhost:8084/certificates/check?code=" + code);
        assertThat(trainer.download("/api/sessions/" + sessionId + "/enrolments/" + mehmet + "/certificate.pdf")
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aListOfMarksIsTakenWholeOrNotAtAll() {
        TrainerApi trainer = new TrainerApi(port);
        Instant planned = clock.instant();
        LocalDate first = TrainerApi.firstDay(planned);
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(
                trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld")), 3, planned));
        UUID ilse = trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        UUID joost = trainer.enrol(sessionId, TrainerApi.professional("Joost Vermeer"));
        clock.moveTo(TrainerApi.at(first, 12));
        long version = trainer.session(sessionId).get("version").asLong();

        ResponseEntity<String> refused = trainer.post("/api/sessions/" + sessionId + "/days/" + first + "/attendance",
                List.of(mark(ilse, "PRESENT"), mark(UUID.randomUUID(), "PRESENT"), mark(joost, "PRESENT")));

        assertThat(json(refused).get("rule").asString()).isEqualTo("UnknownEnrolment");
        JsonNode session = trainer.session(sessionId);
        assertThat(session.get("version").asLong()).isEqualTo(version);
        assertThat(session.get("status").asString()).isEqualTo("OPEN");
        assertThat(session.get("enrolments").valueStream().allMatch(e -> e.get("attendance").isEmpty())).isTrue();
        ResponseEntity<String> invalid = trainer.post("/api/sessions/" + sessionId + "/days/" + first + "/attendance",
                map("enrolmentId", ilse, "mark", "ASLEEP"));
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(json(invalid).get("errors").get(0).get("field").asString()).isEqualTo("mark");
    }

    @Test
    void printsADaysSignInSheetWithARowPerConfirmedParticipant() {
        TrainerApi trainer = new TrainerApi(port);
        Instant planned = clock.instant();
        LocalDate second = TrainerApi.secondDay(planned);
        UUID sessionId = trainer.planSession(TrainerApi.twoDaySession(
                trainer.planCourse(TrainerApi.professionalCourse("Praten over schuld")), 2, planned));
        trainer.enrol(sessionId, TrainerApi.professional("Mehmet Yilmaz"));
        trainer.enrol(sessionId, TrainerApi.professional("Ilse de Jong"));
        trainer.enrol(sessionId, TrainerApi.professional("Joost Vermeer"));

        ResponseEntity<byte[]> sheet = trainer.download("/api/sessions/" + sessionId + "/days/" + second
                + "/sign-in-sheet.pdf");

        assertThat(sheet.getStatusCode().value()).isEqualTo(200);
        assertThat(sheet.getHeaders().getContentDisposition().getFilename()).isEqualTo("presentielijst-" + second + ".pdf");
        String text = PdfText.of(sheet.getBody());
        assertThat(text).contains("Presentielijst", "Praten over schuld", "Dag 2 van 2", "09:30–16:30",
                "Oudegracht 1, Utrecht", "Handtekening", "2 deelnemers met een bevestigde plaats");
        assertThat(text.indexOf("Ilse de Jong")).isPositive().isLessThan(text.indexOf("Mehmet Yilmaz"));
        assertThat(text).doesNotContain("Joost Vermeer", "@example.org");
        assertThat(EnrolmentApiIT.reads(sessionId, "SESSION_PARTICIPANTS", "ALLOWED")).isEqualTo(1);
        assertThat(trainer.download("/api/sessions/" + sessionId + "/days/" + second.plusDays(1) + "/sign-in-sheet.pdf")
                .getStatusCode().value()).isEqualTo(404);
    }

    private static Object mark(UUID enrolmentId, String mark) {
        return map("enrolmentId", enrolmentId, "mark", mark);
    }

    private static String outcome(JsonNode session, UUID enrolmentId) {
        return session.get("enrolments").valueStream()
                .filter(enrolment -> enrolment.get("enrolmentId").asString().equals(enrolmentId.toString()))
                .findFirst().orElseThrow().get("completion").asString();
    }
}
