package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A scheduled meeting moved. */
public record MeetingRescheduledEvent(
        UUID caseId,
        UUID meetingId,
        Instant scheduledFor,
        MeetingLocation location,
        @PersonalData(subject = "caseId") String address,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
