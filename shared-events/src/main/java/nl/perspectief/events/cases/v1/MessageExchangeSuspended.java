package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The exchange is on hold: no message may be relayed in either direction until it is resumed.
 * Wire type {@code MessageExchangeSuspended.v1}.
 *
 * <p>Who needs it: messaging-service stops relaying at once and holds back anything not yet
 * delivered, because a withdrawn consent takes effect the moment it is withdrawn.
 *
 * @param reason why, as a category only: the words a party used stay in case-service
 */
public record MessageExchangeSuspended(
        UUID caseId,
        UUID exchangeId,
        SuspensionReason reason,
        Instant suspendedAt) implements CaseTopicPayload {

    public MessageExchangeSuspended {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suspendedAt, "suspendedAt");
    }
}
