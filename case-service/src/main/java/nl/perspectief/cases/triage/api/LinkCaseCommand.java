package nl.perspectief.cases.triage.api;

import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Triage: the case relates to, or duplicates, another case. Desk only. */
public record LinkCaseCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID linkedCaseId,
        LinkType linkType,
        StaffMember performedBy,
        Instant at) {
}
