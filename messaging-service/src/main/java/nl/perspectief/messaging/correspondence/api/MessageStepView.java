package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;

/**
 * One step of a message.
 *
 * @param version     the version the step concerns
 * @param performedBy the member of staff's id
 * @param at          when it was taken; for a delivery, when it was delivered; for a receipt, when it was first read
 * @param channel     how it was delivered (deliveries only)
 * @param reason      why it was returned (returns only); {@code null} once erased
 */
public record MessageStepView(MessageStep step, int version, String performedBy, Instant at, DeliveryChannel channel,
                              String reason) {
}
