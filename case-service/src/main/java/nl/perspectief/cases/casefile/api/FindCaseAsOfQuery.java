package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The case as it was at {@code moment} (events recorded up to and including it); answered with {@code
 * Optional<CaseAsOfView>}, empty for no such case.
 */
public record FindCaseAsOfQuery(UUID caseId, Instant moment) {
}
