package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * Someone asked for a place; an {@link EnrolmentConfirmedEvent} or an {@link EnrolmentWaitlistedEvent} follows at once.
 * The participant's details and their person key are encrypted with the participant's key.
 */
public record EnrolmentRequestedEvent(
        UUID sessionId,
        UUID enrolmentId,
        UUID participantId,
        @PersonalData(subject = "participantId") Participant participant,
        @PersonalData(subject = "participantId") String personKey,
        EnrolledBy enrolledBy,
        Instant at) implements SessionEvent {
}
