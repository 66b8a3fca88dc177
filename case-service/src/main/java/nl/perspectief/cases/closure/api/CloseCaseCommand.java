package nl.perspectief.cases.closure.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends the case with its outcome; cancels what is still scheduled and closes an open exchange. */
public record CloseCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        CaseOutcome outcome,
        String note,
        StaffMember performedBy,
        Instant at) {
}
