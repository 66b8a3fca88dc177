package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Resumes an exchange suspended by a withdrawal, once the consents are active again. */
public record ResumeMessageExchangeCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        StaffMember performedBy,
        Instant at) {
}
