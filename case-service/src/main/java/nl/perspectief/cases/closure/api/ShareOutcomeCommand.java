package nl.perspectief.cases.closure.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.OutcomeShareForm;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The mediator passes (part of) the outcome on to a named third party, such as the public prosecutor
 * before a hearing (DOMAIN.md, closure). Needs both parties' {@code SHARE_OUTCOME} consent for that
 * recipient; allowed on a closed case, since sharing is part of closing one.
 *
 * @param shareId   a new id; the same share sent again is recorded once
 * @param recipient the third party, as the consents name it (an organisation or office, never a person's name)
 * @param content   what was shared, in the words passed on: confidential, like a case note
 * @param sharedAt  when it was passed on, which may be before it is recorded
 */
public record ShareOutcomeCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID shareId,
        String recipient,
        OutcomeShareForm form,
        String content,
        Instant sharedAt,
        StaffMember performedBy,
        Instant at) {
}
