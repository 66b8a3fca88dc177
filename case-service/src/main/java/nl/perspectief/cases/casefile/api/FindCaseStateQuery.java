package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/**
 * Answered with an optional {@link CaseStateView} from the table kept in the transaction of the case's events:
 * what a request must know at once (who may act, the version to check), one row whatever the length of the case.
 */
public record FindCaseStateQuery(UUID caseId) {
}
