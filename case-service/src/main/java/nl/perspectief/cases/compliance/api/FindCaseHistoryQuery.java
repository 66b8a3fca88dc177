package nl.perspectief.cases.compliance.api;

import java.util.UUID;

/** A case's event stream itself; answered with {@code Optional<CaseHistoryView>}, empty for no such case. */
public record FindCaseHistoryQuery(UUID caseId) {
}
