package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** A scheduled meeting took place, with every consent it needed active. */
public record MeetingHeldEvent(
        UUID caseId,
        UUID meetingId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
