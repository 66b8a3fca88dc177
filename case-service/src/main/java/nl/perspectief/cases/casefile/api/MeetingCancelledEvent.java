package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A scheduled meeting will not take place; by the mediator, or by a withdrawal or closure in the same command. */
public record MeetingCancelledEvent(
        UUID caseId,
        UUID meetingId,
        MeetingCancellationReason reason,
        @PersonalData(subject = "caseId") String note,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
