package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/** Answered with an optional {@link CaseView}. */
public record FindCaseQuery(UUID caseId) {
}
