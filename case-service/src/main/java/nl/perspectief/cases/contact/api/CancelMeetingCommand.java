package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Calls a scheduled meeting off. */
public record CancelMeetingCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID meetingId,
        MeetingCancellationReason reason,
        String note,
        StaffMember performedBy,
        Instant at) {
}
