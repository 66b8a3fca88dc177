package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/**
 * Answered with an optional {@link CaseStatusView}: what decides who may read the case (its status and
 * mediator), read without decrypting anything.
 */
public record FindCaseStatusQuery(UUID caseId) {
}
