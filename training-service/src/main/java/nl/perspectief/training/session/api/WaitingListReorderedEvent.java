package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;
import nl.perspectief.training.course.api.StaffMember;

/**
 * A trainer moved someone on the waiting list from one position to another; those between shift by one. The reason
 * may say why the person is in a hurry, so it is theirs, encrypted.
 */
public record WaitingListReorderedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, int fromPosition,
                                        int toPosition, @PersonalData(subject = "participantId") String reason,
                                        StaffMember performedBy, Instant at) implements SessionEvent {
}
