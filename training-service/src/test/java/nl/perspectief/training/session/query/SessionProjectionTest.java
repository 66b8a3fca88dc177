package nl.perspectief.training.session.query;

import static nl.perspectief.training.session.SessionFixtures.AFTER_THE_LAST_DAY;
import static nl.perspectief.training.session.SessionFixtures.AT;
import static nl.perspectief.training.session.SessionFixtures.CLOSES;
import static nl.perspectief.training.session.SessionFixtures.COURSE;
import static nl.perspectief.training.session.SessionFixtures.DAYS;
import static nl.perspectief.training.session.SessionFixtures.DAY_ONE;
import static nl.perspectief.training.session.SessionFixtures.DAY_TWO;
import static nl.perspectief.training.session.SessionFixtures.OFFER_VALIDITY;
import static nl.perspectief.training.session.SessionFixtures.TRAINER;
import static nl.perspectief.training.session.SessionFixtures.history;
import static nl.perspectief.training.session.SessionFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.session.SessionFixtures;
import nl.perspectief.training.session.SessionFixtures.Person;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.AttendanceView;
import nl.perspectief.training.session.api.CertificateCheckView;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindCertificateQuery;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.FindIssuedCertificateQuery;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.FindSessionsQuery;
import nl.perspectief.training.session.api.ParticipantCompletedEvent;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.SessionCompletedEvent;
import nl.perspectief.training.session.api.SessionEvent;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionSummaryView;
import nl.perspectief.training.session.api.SessionView;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;

/** What the calendar, the trainers' pages, the links in e-mails and the public check read after a session's events. */
class SessionProjectionTest {

    private static final ReadModelDatabase DATABASE = ReadModelDatabase.get();

    private final SessionProjection projection = new SessionProjection(DATABASE.repository);
    private final SessionQueryHandler queries = new SessionQueryHandler(DATABASE.repository);
    private final SessionFixtures session = new SessionFixtures();
    private final Person anna = person("Anna");
    private final Person bram = person("Bram");
    private final Person cem = person("Cem");
    private final Person dewi = person("Dewi");
    private final Person eva = person("Eva");
    private long sequence;

    private void project(List<Object> events) {
        events.forEach(event -> projection.on((SessionEvent) event, sequence++));
    }

    private SessionSummaryView inTheCalendar() {
        return queries.handle(new FindSessionsQuery(Audience.PROFESSIONALS, true, AT)).stream()
                .filter(summary -> summary.sessionId().equals(session.sessionId))
                .findFirst().orElseThrow();
    }

    private SessionView sessionView() {
        return queries.handle(new FindSessionQuery(session.sessionId)).orElseThrow();
    }

    private EnrolmentView enrolmentOf(Person person) {
        return queries.handle(new FindEnrolmentQuery(person.enrolmentId())).orElseThrow();
    }

    @Test
    void showsAFullSessionInTheCalendarWithItsCountsAndNobodyNamed() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                session.waiting(cem, 1)));

        SessionSummaryView summary = inTheCalendar();

        assertThat(summary.courseTitle()).isEqualTo(COURSE.title());
        assertThat(summary.days()).isEqualTo(DAYS);
        assertThat(summary.accreditationPoints()).isEqualByComparingTo("12.0");
        assertThat(summary.confirmed()).isEqualTo(2);
        assertThat(summary.waiting()).isEqualTo(1);
        assertThat(summary.status()).isEqualTo(SessionStatus.FULL);
    }

    @Test
    void showsASessionOpenAgainWhenAPlaceFreesAndNobodyWaits() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                session.cancelled(anna, EnrolmentStatus.CONFIRMED, AT)));

        assertThat(inTheCalendar().status()).isEqualTo(SessionStatus.OPEN);
        assertThat(inTheCalendar().confirmed()).isEqualTo(1);
    }

    @Test
    void leavesCancelledAndClosedSessionsOutOfTheCalendarForEnrolment() {
        project(history(session.planned(2), session.opened(),
                new SessionCancelledEvent(session.sessionId, "Trainer ill", List.of(), TRAINER, AT)));
        SessionFixtures closed = new SessionFixtures();
        project(history(closed.planned(2), closed.opened()));

        List<UUID> openAtTheStart = queries.handle(new FindSessionsQuery(null, true, AT)).stream()
                .map(SessionSummaryView::sessionId).toList();
        List<UUID> openAfterClosing = queries.handle(new FindSessionsQuery(null, true, CLOSES)).stream()
                .map(SessionSummaryView::sessionId).toList();

        assertThat(openAtTheStart).contains(closed.sessionId).doesNotContain(session.sessionId);
        assertThat(openAfterClosing).doesNotContain(closed.sessionId);
    }

    @Test
    void keepsTheWaitingListInOrderAsPlacesAreOfferedAndSomeoneIsMoved() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                session.waiting(cem, 1), session.waiting(dewi, 2), session.waiting(eva, 3),
                new WaitingListReorderedEvent(session.sessionId, eva.enrolmentId(), eva.participantId(), 3, 1,
                        "Needs it for her new post", TRAINER, AT),
                session.cancelled(anna, EnrolmentStatus.CONFIRMED, AT), session.offered(eva, 1, AT)));

        SessionView view = sessionView();

        assertThat(view.enrolments()).extracting(EnrolmentView::enrolmentId)
                .containsExactly(bram.enrolmentId(), eva.enrolmentId(), cem.enrolmentId(), dewi.enrolmentId(),
                        anna.enrolmentId());
        assertThat(view.enrolments()).extracting(EnrolmentView::waitingPosition).containsExactly(null, null, 1, 2, null);
        assertThat(enrolmentOf(eva).status()).isEqualTo(EnrolmentStatus.OFFERED);
        assertThat(enrolmentOf(eva).offerExpiresAt()).isEqualTo(AT.plus(OFFER_VALIDITY));
        assertThat(enrolmentOf(anna).endedBecause()).isEqualTo(EnrolmentEnd.CANCELLED);
        assertThat(view.status()).isEqualTo(SessionStatus.FULL);
    }

    @Test
    void showsAnEnrolmentWithTheParticipantsDetailsAndTheLatestMarkOfEachDay() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna), session.started(),
                session.marked(anna, DAY_ONE, AttendanceMark.ABSENT),
                session.marked(anna, DAY_ONE, AttendanceMark.LATE),
                session.marked(anna, DAY_TWO, AttendanceMark.PRESENT)));

        EnrolmentView enrolment = enrolmentOf(anna);

        assertThat(enrolment.participant()).isEqualTo(anna.details());
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(enrolment.attendance()).extracting(AttendanceView::day, AttendanceView::mark)
                .containsExactly(tuple(DAY_ONE, AttendanceMark.LATE),
                        tuple(DAY_TWO, AttendanceMark.PRESENT));
        assertThat(sessionView().status()).isEqualTo(SessionStatus.RUNNING);
    }

    @Test
    void keepsNoParticipantDetailInClearInAnyTable() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna)));
        issueAnnasCertificate("C4N7R9K2M5");

        String everything = DATABASE.jdbc.sql("""
                        select concat_ws(' ',
                            (select string_agg(e::text || convert_from(e.document, 'UTF8'), ' ')
                             from session_enrolment e where session_id = :session),
                            (select string_agg(c::text || convert_from(c.document, 'UTF8'), ' ')
                             from session_certificate c where session_id = :session),
                            (select string_agg(s::text, ' ') from training_session s where session_id = :session))""")
                .param("session", session.sessionId)
                .query(String.class).single();

        assertThat(everything).contains(anna.enrolmentId().toString(), "\"ciphertext\"")
                .doesNotContain("Anna", "anna@example.org", anna.details().professionalRegistrationNumber());
    }

    @Test
    void answersTheCertificateCheckWithTheCourseAndItsDatesOnly() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna)));
        issueAnnasCertificate("H8J3L6P4Q9");

        assertThat(queries.handle(new FindCertificateQuery("h8j3l6p4q9")))
                .isEqualTo(new CertificateCheckView(true, COURSE.title(), List.of(DAY_ONE, DAY_TWO)));
        assertThat(queries.handle(new FindCertificateQuery("H8J3L6P4Q0"))).isEqualTo(CertificateCheckView.notIssued());
    }

    @Test
    void forgetsTheParticipantOnceTheirKeyIsShreddedAndKeepsTheRest() {
        project(history(session.planned(2), session.opened(), session.enrolled(anna)));
        UUID certificateId = issueAnnasCertificate("W2X5Z8B3D6");

        DATABASE.subjectKeys.shred(anna.participantId());

        assertThat(enrolmentOf(anna).participant()).isNull();
        assertThat(enrolmentOf(anna).verificationCode()).isEqualTo("W2X5Z8B3D6");
        assertThat(queries.handle(new FindIssuedCertificateQuery(certificateId)).orElseThrow())
                .satisfies(certificate -> {
                    assertThat(certificate.participantName()).isNull();
                    assertThat(certificate.courseTitle()).isEqualTo(COURSE.title());
                    assertThat(certificate.accreditationPoints()).isEqualByComparingTo("12.0");
                });
    }

    private UUID issueAnnasCertificate(String code) {
        UUID certificateId = UUID.randomUUID();
        Instant issuedAt = AFTER_THE_LAST_DAY.plusSeconds(3600);
        project(history(session.started(),
                session.marked(anna, DAY_ONE, AttendanceMark.PRESENT),
                session.marked(anna, DAY_TWO, AttendanceMark.PRESENT),
                new ParticipantCompletedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(), 0,
                        AFTER_THE_LAST_DAY),
                new SessionCompletedEvent(session.sessionId, 1, 0, TRAINER, AFTER_THE_LAST_DAY),
                new CertificateIssuedEvent(session.sessionId, anna.enrolmentId(), certificateId, code,
                        anna.participantId(), anna.details().name(), anna.details().professionalRegistrationNumber(),
                        COURSE.title(), COURSE.audience(), List.of(DAY_ONE, DAY_TWO), COURSE.netHours(),
                        COURSE.accreditation(), COURSE.accreditationPoints(), TRAINER, issuedAt)));
        return certificateId;
    }
}
