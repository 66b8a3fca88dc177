package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A meeting or conference was scheduled; the address is personal data of the case. */
public record MeetingScheduledEvent(
        UUID caseId,
        UUID meetingId,
        ContactForm form,
        Instant scheduledFor,
        MeetingLocation location,
        @PersonalData(subject = "caseId") String address,
        List<UUID> networkMemberIds,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
