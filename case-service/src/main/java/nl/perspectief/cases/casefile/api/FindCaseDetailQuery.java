package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/** Answered with an optional {@link CaseDetailView}. */
public record FindCaseDetailQuery(UUID caseId) {
}
