package nl.perspectief.cases.casefile.query;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseStatus;

/** One row of {@code case_overview}: searchable columns in clear, the rest in the encrypted document. */
record CaseOverviewRow(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        CaseStatus status,
        String incidentCategory,
        Instant openedAt,
        CaseDetailsDocument details) {
}
