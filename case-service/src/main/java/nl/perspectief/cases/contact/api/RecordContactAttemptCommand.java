package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An attempt to reach a party. Approaching the other party needs the applicant's consent.
 *
 * @param applicantNamed whether the attempt tells who applied; needs the applicant's consent to be named
 * @param followUpBy     when to follow up if the party does not answer; the API fills in the configured
 *                       default ({@code perspectief.cases.contact-attempts.follow-up-after}) when the
 *                       mediator names none, so the event always says when
 */
public record RecordContactAttemptCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        PartyId partyId,
        ApproachChannel channel,
        boolean applicantNamed,
        LocalDate followUpBy,
        StaffMember performedBy,
        Instant at) {
}
