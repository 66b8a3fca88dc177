package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A scheduled meeting took place; it could only if every consent it depends on was active. */
public record RecordMeetingHeldCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID meetingId,
        StaffMember performedBy,
        Instant at) {
}
