package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The exchange is over for good; it is never resumed. Wire type {@code MessageExchangeClosed.v1}.
 *
 * <p>Who needs it: messaging-service closes the exchange and refuses any later message for it; a
 * new exchange on the same case comes with a new {@link MessageExchangeOpened} and a new id.
 */
public record MessageExchangeClosed(
        UUID caseId,
        UUID exchangeId,
        Instant closedAt) implements CaseTopicPayload {

    public MessageExchangeClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
