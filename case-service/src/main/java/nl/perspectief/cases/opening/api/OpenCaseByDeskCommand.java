package nl.perspectief.cases.opening.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.Story;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The desk opens a case from a phone call or an email, with the same data a registration holds. The
 * same rules as for a registration apply, and the same {@link CaseOpenedEvent} follows.
 *
 * @param caseId         a new id; sent again, the case is found open and nothing changes
 * @param source         PHONE or EMAIL
 * @param receivedAt     when the call or email came in
 * @param openedAt       when the desk typed it in
 * @param idempotencyKey the desk client's {@code Idempotency-Key}, or {@code null}: the same key of the same
 *                       member of staff with the same request opens one case, and answers it again
 * @param requestSha256  the hash of the request as the client sent it, to tell a repeat from another request
 *                       under the same key; {@code null} without a key
 */
public record OpenCaseByDeskCommand(
        @TargetAggregateIdentifier CaseId caseId,
        CaseSource source,
        Instant receivedAt,
        Instant openedAt,
        Applicant applicant,
        OtherParty otherParty,
        Incident incident,
        Story story,
        Referrer referrer,
        StaffMember performedBy,
        String idempotencyKey,
        String requestSha256) {
}
