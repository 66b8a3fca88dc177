package nl.perspectief.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.session.api.AcceptPlaceOfferCommand;
import nl.perspectief.training.session.api.Actor;
import nl.perspectief.training.session.api.CancelEnrolmentCommand;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionView;

/**
 * A freed place passes down the waiting list by itself, on the running service: the offer's deadline is kept by
 * db-scheduler in the service's database (so it outlives a restart), fires when due, and offers the place to the next.
 */
class PlaceOfferExpiryIT extends RunningTrainingService {

    private static final StaffMember TRAINER = new StaffMember("trainer-ilse", StaffRole.TRAINER);
    private static final Duration OFFER_VALIDITY = Duration.ofSeconds(3);

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfferNotTakenInTimePassesToTheNextOnTheListByItselfAndTheNextCanTakeIt() {
        UUID sessionId = UUID.randomUUID();
        Instant now = Instant.now();
        LocalDate firstDay = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14);
        commands.sendAndWait(new PlanSessionCommand(sessionId, UUID.randomUUID(),
                new CourseFacts("Praten over schuld", Audience.PROFESSIONALS, new BigDecimal("6.0"),
                        new Accreditation("Kwaliteitsregister V&V", "KV-2026-0815"), CompletionRule.EVERY_DAY),
                List.of(new SessionDay(firstDay, LocalTime.parse("09:30"), LocalTime.parse("16:30"))),
                new Location(LocationKind.OFFICE, "Oudegracht 1, Utrecht"), List.of(TRAINER.staffId()), 1,
                now.minusSeconds(3600), now.plus(Duration.ofDays(10)), OFFER_VALIDITY, TRAINER, now));
        UUID anna = enrol(sessionId, "Anna");
        UUID bas = enrol(sessionId, "Bas");
        UUID cor = enrol(sessionId, "Cor");

        commands.sendAndWait(new CancelEnrolmentCommand(sessionId, anna, Actor.participant(), Instant.now()));
        assertThat(enrolment(sessionId, bas).status()).isEqualTo(EnrolmentStatus.OFFERED);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks").query(Long.class).single())
                .as("the offer's deadline, kept in the database").isPositive();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(enrolment(sessionId, cor).status()).isEqualTo(EnrolmentStatus.OFFERED));
        EnrolmentView expired = enrolment(sessionId, bas);
        assertThat(expired.endedBecause()).isEqualTo(EnrolmentEnd.OFFER_EXPIRED);
        EnrolmentView offered = enrolment(sessionId, cor);
        assertThat(offered.offerExpiresAt()).isAfter(Instant.now().minusSeconds(1));

        commands.sendAndWait(new AcceptPlaceOfferCommand(sessionId, cor, offered.offerId(), Actor.participant(),
                Instant.now()));
        assertThat(enrolment(sessionId, cor).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(session(sessionId).confirmed()).isEqualTo(1);
    }

    private UUID enrol(UUID sessionId, String name) {
        UUID enrolmentId = UUID.randomUUID();
        commands.sendAndWait(new RequestEnrolmentCommand(sessionId, enrolmentId, UUID.randomUUID(),
                new Participant(name, name.toLowerCase() + "@example.org", null, "Reclassering Nederland", null),
                "key-of-" + name + "-" + sessionId, EnrolledBy.self(), Instant.now()));
        return enrolmentId;
    }

    private SessionView session(UUID sessionId) {
        return queries.query(new FindSessionQuery(sessionId), ResponseTypes.optionalInstanceOf(SessionView.class))
                .join().orElseThrow();
    }

    private EnrolmentView enrolment(UUID sessionId, UUID enrolmentId) {
        return session(sessionId).enrolments().stream()
                .filter(enrolment -> enrolment.enrolmentId().equals(enrolmentId)).findFirst().orElseThrow();
    }
}
