package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The parties agreed to exchange messages through the mediator, and every consent this needs was
 * active when the exchange opened. Wire type {@code MessageExchangeOpened.v1}.
 *
 * <p>Who needs it: messaging-service opens the exchange and relays messages between exactly these
 * parties, always through {@code mediatorId}; anyone else's message for this exchange is refused.
 *
 * @param exchangeId identifies this exchange in the later suspended, resumed and closed events
 * @param mediatorId the staff id of the mediator who relays the messages
 * @param parties    who may write and receive: at least one party on each side
 */
public record MessageExchangeOpened(
        UUID caseId,
        UUID exchangeId,
        String mediatorId,
        List<Party> parties,
        Instant openedAt) implements CaseTopicPayload {

    public MessageExchangeOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(mediatorId, "mediatorId");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        Objects.requireNonNull(openedAt, "openedAt");
    }

    /**
     * A party allowed to take part in the exchange, known only by its data-subject id: the name
     * stays in case-service, and the other side learns it only from what the mediator relays.
     */
    public record Party(UUID partyId, PartySide side) {

        public Party {
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(side, "side");
        }
    }
}
