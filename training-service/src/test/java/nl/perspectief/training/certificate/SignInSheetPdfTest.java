package nl.perspectief.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.training.session.SessionFixtures;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionView;

/** A day's sign-in sheet: the day, where, and a row to sign per participant with a confirmed place, by name. */
class SignInSheetPdfTest {

    @Test
    void listsTheConfirmedParticipantsByNameWithARowEachAndNoContactDetails() {
        SessionView session = session(List.of(
                enrolment("Sanne Bakker", EnrolmentStatus.CONFIRMED),
                enrolment("Ilse de Jong", EnrolmentStatus.CONFIRMED),
                enrolment("Joost Vermeer", EnrolmentStatus.WAITING),
                enrolment("Mehmet Yilmaz", EnrolmentStatus.CANCELLED),
                enrolment(null, EnrolmentStatus.CONFIRMED)));

        String text = PdfText.of(SignInSheetPdf.of(session, SessionFixtures.DAYS.get(1),
                Instant.parse("2026-03-24T07:15:00Z")));

        assertThat(text).contains("Presentielijst", "Praten over schuld", "Dag 2 van 2: dinsdag 24 maart 2026, 09:30–16:30",
                "Locatie: kantoor, Oudegracht 1, Utrecht", "Naam", "Organisatie", "Handtekening", "(gegevens gewist)",
                "3 deelnemers met een bevestigde plaats. Afgedrukt 24 maart 2026, 08:15.");
        assertThat(text.indexOf("Ilse de Jong")).isPositive().isLessThan(text.indexOf("Sanne Bakker"));
        assertThat(text).doesNotContain("Joost Vermeer", "Mehmet Yilmaz", "@example.org", "+31");
    }

    @Test
    void printsManyParticipantsOnMorePagesWithTheHeaderAgain() {
        List<EnrolmentView> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(enrolment("Deelnemer " + i, EnrolmentStatus.CONFIRMED));
        }

        byte[] pdf = SignInSheetPdf.of(session(many), SessionFixtures.DAYS.getFirst(), Instant.parse("2026-03-23T07:00:00Z"));

        assertThat(PdfText.pages(pdf)).isGreaterThan(1);
        assertThat(PdfText.of(pdf)).contains("Deelnemer 40", "40 deelnemers met een bevestigde plaats");
    }

    private static SessionView session(List<EnrolmentView> enrolments) {
        return new SessionView(UUID.randomUUID(), SessionFixtures.COURSE_ID, SessionFixtures.COURSE, SessionFixtures.DAYS,
                SessionFixtures.OFFICE, List.of(SessionFixtures.TRAINER.staffId()), 40, SessionFixtures.OPENS,
                SessionFixtures.CLOSES, Duration.ofDays(2), SessionStatus.RUNNING, null, 3, 1, 0, enrolments, 12);
    }

    private static EnrolmentView enrolment(String name, EnrolmentStatus status) {
        Participant participant = name == null ? null
                : new Participant(name, name.toLowerCase().replace(' ', '.') + "@example.org", "+31 30 000 0000",
                "Reclassering Nederland", null);
        return new EnrolmentView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), participant,
                EnrolledBy.trainer("trainer-ilse"), status, status == EnrolmentStatus.WAITING ? 1 : null, null, null,
                null, SessionFixtures.AT, SessionFixtures.AT, List.of(), null, null, null, null);
    }
}
