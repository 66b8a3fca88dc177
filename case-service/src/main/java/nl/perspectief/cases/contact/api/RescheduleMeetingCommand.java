package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves a scheduled meeting; needs every consent it depends on. */
public record RescheduleMeetingCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        MeetingId meetingId,
        Instant scheduledFor,
        MeetingLocation location,
        String address,
        StaffMember performedBy,
        Instant at) {
}
