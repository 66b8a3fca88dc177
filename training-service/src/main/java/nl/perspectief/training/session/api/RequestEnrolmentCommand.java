package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Someone asks for a place: the session decides between a place and the waiting list. The same enrolment id again
 * changes nothing.
 *
 * @param participantId the data subject: chosen by the caller, the key their details are encrypted with
 * @param personKey     a pseudonymous key of the person, computed by the caller (an HMAC of the normalised e-mail
 *                      address, say), so the session can refuse a second enrolment of one person without knowing who
 *                      they are
 */
public record RequestEnrolmentCommand(
        @TargetAggregateIdentifier UUID sessionId,
        UUID enrolmentId,
        UUID participantId,
        Participant participant,
        String personKey,
        EnrolledBy enrolledBy,
        Instant at) {
}
