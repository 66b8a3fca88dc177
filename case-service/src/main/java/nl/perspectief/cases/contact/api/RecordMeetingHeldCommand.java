package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A scheduled meeting took place; it could only if every consent it depends on was active. */
public record RecordMeetingHeldCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        MeetingId meetingId,
        StaffMember performedBy,
        Instant at) {
}
