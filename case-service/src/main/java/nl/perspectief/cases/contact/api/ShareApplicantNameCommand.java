package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The mediator tells the other party who applied; needs the applicant's consent to be named. */
public record ShareApplicantNameCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        StaffMember performedBy,
        Instant at) {
}
