package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves a scheduled meeting; needs every consent it depends on. */
public record RescheduleMeetingCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID meetingId,
        Instant scheduledFor,
        MeetingLocation location,
        String address,
        StaffMember performedBy,
        Instant at) {
}
