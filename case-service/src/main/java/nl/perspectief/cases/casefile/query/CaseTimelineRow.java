package nl.perspectief.cases.casefile.query;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.security.StaffRole;

/** One row of {@code case_timeline}: one event of one case; who and what in clear, the rest in the document. */
record CaseTimelineRow(
        String eventId,
        UUID caseId,
        long sequenceNumber,
        Instant at,
        Instant recordedAt,
        String staffId,
        StaffRole staffRole,
        String type,
        TimelineDocument document) {
}
