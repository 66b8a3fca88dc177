package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The mediator's first conversation with the applicant: wishes, expectations, safety. */
public record RecordFirstConversationCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant heldAt,
        String summary,
        StaffMember performedBy,
        Instant at) {
}
