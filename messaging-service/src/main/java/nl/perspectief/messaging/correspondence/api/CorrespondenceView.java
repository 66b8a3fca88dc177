package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's correspondence as the mediator reads it: the exchange's state (and since when: a frozen exchange says
 * why: {@code suspendedBecause}), the two parties, and every message with all its versions and steps.
 *
 * @param version the correspondence's version, the ETag a step is taken against
 */
public record CorrespondenceView(UUID caseId, String mediatorId, ExchangeState state, Instant stateSince,
                                 SuspensionReason suspendedBecause,
                                 UUID applicantId, UUID otherPartyId, long version, List<MessageView> messages) {

    /** Messages written by {@code writerId}, oldest first: one direction of the thread. */
    public List<MessageView> from(UUID writerId) {
        return messages.stream().filter(message -> message.writerId().equals(writerId)).toList();
    }

    public long awaitingReview() {
        return messages.stream().filter(message -> message.status() == MessageStatus.AWAITING_REVIEW).count();
    }
}
