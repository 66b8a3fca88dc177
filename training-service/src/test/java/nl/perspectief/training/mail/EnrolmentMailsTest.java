package nl.perspectief.training.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import nl.perspectief.mailoutbox.EnqueueOutcome;
import nl.perspectief.mailoutbox.MailOutbox;
import nl.perspectief.mailoutbox.OutgoingMail;
import nl.perspectief.training.config.TrainingProperties;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.enrolment.contact.EnrolmentLanguages;
import nl.perspectief.training.enrolment.contact.EnrolmentLinks;
import nl.perspectief.training.session.api.AffectedEnrolment;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionView;

/** What the mails' handler queues, on the outbox's answers, without a database. */
class EnrolmentMailsTest {

    private final MailOutbox outbox = mock(MailOutbox.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final EnrolmentLinks links = mock(EnrolmentLinks.class);
    private final EnrolmentLanguages languages = mock(EnrolmentLanguages.class);
    private final TrainingProperties properties = mock(TrainingProperties.class);
    private EnrolmentMails mails;
    private final UUID sessionId = UUID.randomUUID();
    private final UUID enrolmentId = UUID.randomUUID();
    private final UUID participantId = UUID.randomUUID();

    @BeforeEach
    void aSessionWithOneParticipant() {
        when(properties.publicUrl()).thenReturn(URI.create("https://trainingen.example.org"));
        mails = new EnrolmentMails(outbox, queries, links, languages, properties);
        when(languages.of(any())).thenReturn(EnrolmentLanguages.DUTCH);
        when(outbox.enqueue(any())).thenReturn(EnqueueOutcome.QUEUED);
        enrolmentIs(EnrolmentStatus.CONFIRMED, "julia@example.org");
        doReturn(CompletableFuture.completedFuture(Optional.of(new SessionView(sessionId, UUID.randomUUID(),
                new CourseFacts("Praten over schuld", Audience.PROFESSIONALS, new BigDecimal("6.0"), null,
                        CompletionRule.EVERY_DAY),
                List.of(new SessionDay(LocalDate.parse("2026-03-23"), LocalTime.of(9, 30), LocalTime.of(16, 30))),
                new Location(LocationKind.OFFICE, "Oudegracht 1, Utrecht"), List.of("trainer"), 5, Instant.EPOCH,
                Instant.EPOCH, Duration.ofDays(2), SessionStatus.OPEN, null, 1, 0, 0, List.of(), 3L))))
                .when(queries).query(any(FindSessionQuery.class), any(ResponseType.class));
    }

    private void enrolmentIs(EnrolmentStatus status, String email) {
        doReturn(CompletableFuture.completedFuture(Optional.of(new EnrolmentView(enrolmentId, sessionId, participantId,
                new Participant("Julia de Vries", email, null, "GGZ", null), EnrolledBy.self(), status, null, null,
                null, null, Instant.EPOCH, Instant.EPOCH, List.of(), null, null, null, null))))
                .when(queries).query(any(FindEnrolmentQuery.class), any(ResponseType.class));
    }

    @Test
    void queuesOneMailForAnEventDeliveredTwice() {
        when(links.issue(eq(enrolmentId), any())).thenReturn(Optional.of("A".repeat(43)), Optional.empty());
        EnrolmentConfirmedEvent confirmed = new EnrolmentConfirmedEvent(sessionId, enrolmentId, participantId, null,
                Instant.EPOCH);

        mails.on(confirmed, "event-1");
        mails.on(confirmed, "event-1");

        ArgumentCaptor<OutgoingMail> queued = ArgumentCaptor.forClass(OutgoingMail.class);
        verify(outbox, times(1)).enqueue(queued.capture());
        OutgoingMail mail = queued.getValue();
        assertThat(mail.mailId()).isEqualTo(OutgoingMail.idFor("event-1", EnrolmentMails.CONFIRMED));
        assertThat(mail.recipientSubject()).as("sealed for the participant").isEqualTo(participantId);
        assertThat(mail.recipient()).isEqualTo("julia@example.org");
        assertThat(mail.model()).containsEntry("firstName", "Julia")
                .containsEntry("link", "https://trainingen.example.org/enrolments/" + enrolmentId + "?token=" + "A".repeat(43))
                .containsEntry("days", List.of("maandag 23 maart 2026, 09:30–16:30"));
    }

    @Test
    void mailsNobodyWithoutAnAddress() {
        enrolmentIs(EnrolmentStatus.CONFIRMED, null);

        mails.on(new EnrolmentConfirmedEvent(sessionId, enrolmentId, participantId, null, Instant.EPOCH), "event-2");

        verify(outbox, never()).enqueue(any());
        verify(links, never()).issue(any(), any());
    }

    @Test
    void mailsNoOfferThatWasAnsweredBeforeItsMailWasDue() {
        enrolmentIs(EnrolmentStatus.CONFIRMED, "julia@example.org");

        mails.on(new PlaceOfferedEvent(sessionId, enrolmentId, participantId, UUID.randomUUID(), Instant.EPOCH,
                Instant.EPOCH), "event-3");

        verify(outbox, never()).enqueue(any());
    }

    @Test
    void givesEveryoneACancelledSessionHadAMailOfTheirOwn() {
        UUID other = UUID.randomUUID();

        mails.on(new SessionCancelledEvent(sessionId, "De trainer is ziek.", List.of(
                new AffectedEnrolment(enrolmentId, participantId, EnrolmentStatus.CONFIRMED),
                new AffectedEnrolment(other, UUID.randomUUID(), EnrolmentStatus.WAITING)), null, Instant.EPOCH), "event-4");

        ArgumentCaptor<OutgoingMail> queued = ArgumentCaptor.forClass(OutgoingMail.class);
        verify(outbox, times(2)).enqueue(queued.capture());
        assertThat(queued.getAllValues()).extracting(OutgoingMail::mailId).doesNotHaveDuplicates()
                .contains(OutgoingMail.idFor("event-4/" + enrolmentId, EnrolmentMails.SESSION_CANCELLED));
        assertThat(queued.getAllValues()).allSatisfy(mail ->
                assertThat(mail.model()).containsEntry("reason", "De trainer is ziek.").doesNotContainKey("link"));
    }
}
