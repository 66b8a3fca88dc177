package nl.perspectief.cases.triage.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Triage: the case is out of scope, for the given reason. Desk only. */
public record DeclineCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        StaffMember performedBy,
        Instant at) {
}
