package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The case is closed with an outcome; only aftercare and notes follow, unless it is reopened.
 * Wire type {@code CaseClosed.v1}.
 *
 * <p>Who needs it: messaging-service accepts no new messages for the case (open exchanges are
 * suspended with {@link SuspensionReason#CASE_CLOSED} in their own event); reporting counts
 * outcomes. The mediator's closing note is confidential and stays in case-service.
 */
public record CaseClosed(
        UUID caseId,
        CaseOutcome outcome,
        Instant closedAt) implements CaseTopicPayload {

    public CaseClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
