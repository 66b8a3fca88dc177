package nl.perspectief.cases.triage.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Triage: the case relates to, or duplicates, another case. Desk only. */
public record LinkCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        CaseId linkedCaseId,
        LinkType linkType,
        StaffMember performedBy,
        Instant at) {
}
