package nl.perspectief.training.session.api;

import java.util.UUID;

/** An enrolment a cancelled session ended: confirmed, waiting or offered a place when it was cancelled. */
public record AffectedEnrolment(UUID enrolmentId, UUID participantId, EnrolmentStatus statusBefore) {
}
