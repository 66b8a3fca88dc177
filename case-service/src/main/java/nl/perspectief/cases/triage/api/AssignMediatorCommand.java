package nl.perspectief.cases.triage.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Triage: gives the case to a mediator, or to another one (a reassignment). Desk only. */
public record AssignMediatorCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String mediatorId,
        StaffMember performedBy,
        Instant at) {
}
