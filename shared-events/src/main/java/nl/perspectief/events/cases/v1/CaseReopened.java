package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A closed case is running again. Wire type {@code CaseReopened.v1}.
 *
 * <p>Who needs it: messaging-service treats the case as open again; exchanges suspended by the
 * closure stay suspended until a {@link MessageExchangeResumed} names them. The reason for
 * reopening is the mediator's and stays in case-service.
 */
public record CaseReopened(
        UUID caseId,
        Instant reopenedAt) implements CaseTopicPayload {

    public CaseReopened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
    }
}
