package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The other party was told who applied, with the applicant's consent. */
public record ApplicantNamedToOtherPartyEvent(
        UUID caseId,
        UUID applicantId,
        UUID otherPartyId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
