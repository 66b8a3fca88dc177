package nl.perspectief.cases.casefile.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseStatus;

/**
 * One row of {@code case_overview}: searchable columns in clear (none of them personal), the rest in
 * the encrypted document.
 *
 * @param followUpBy the earliest open follow-up deadline, see {@link CaseFile#earliestFollowUp()}
 * @param version    the sequence number of the latest event projected
 */
record CaseOverviewRow(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        CaseStatus status,
        String incidentCategory,
        Instant openedAt,
        String mediatorId,
        Instant lastActivityAt,
        LocalDate followUpBy,
        long version,
        CaseDetailsDocument details) {
}
