package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Calls a scheduled meeting off. */
public record CancelMeetingCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        MeetingId meetingId,
        MeetingCancellationReason reason,
        String note,
        StaffMember performedBy,
        Instant at) {
}
