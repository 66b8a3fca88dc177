package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/** Answered with a {@link CaseTimelineView}; no entries means no such case. */
public record FindCaseTimelineQuery(UUID caseId) {
}
