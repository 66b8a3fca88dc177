package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A suspended exchange is open again, with the same parties and mediator as when it opened, and
 * every consent it needs active again. Wire type {@code MessageExchangeResumed.v1}.
 *
 * <p>Who needs it: messaging-service relays messages of the exchange again.
 */
public record MessageExchangeResumed(
        UUID caseId,
        UUID exchangeId,
        Instant resumedAt) implements CaseTopicPayload {

    public MessageExchangeResumed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(resumedAt, "resumedAt");
    }
}
