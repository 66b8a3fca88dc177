package nl.perspectief.cases.casefile.query;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.api.MessageKind;

/**
 * One row of {@code correspondence_step}: a step of the parties' correspondence as messaging-service reported it,
 * in the case's words. Ids, kinds and times only; what a message said is not in the report, so not here either.
 *
 * @param eventId     the report's envelope id: a redelivery of the same report is the same row
 * @param kind        {@code null} for a receipt (the report does not repeat it)
 * @param channel     {@code null} for a receipt
 * @param fromPartyId the writer; {@code null} for a receipt
 * @param toPartyId   the party the message was for
 * @param mediatorId  the staff id of the mediator who took the step
 * @param at          when it happened: delivered, or first read
 * @param receivedAt  when the report arrived here
 */
public record CorrespondenceStepRow(
        UUID eventId,
        UUID caseId,
        UUID messageId,
        CorrespondenceStep step,
        MessageKind kind,
        DeliveryChannel channel,
        UUID fromPartyId,
        UUID toPartyId,
        String mediatorId,
        Instant at,
        Instant receivedAt) {

    public CorrespondenceStepRow {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(toPartyId, "toPartyId");
        Objects.requireNonNull(mediatorId, "mediatorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
