package nl.perspectief.cases.casefile.api;

import nl.perspectief.security.StaffRole;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happened in a case, in order, for someone who was not there; with, after every step,
 * the consents that held, so compliance can check each step against them. The case's own steps come in the order
 * of its stream; the steps of the parties' correspondence that messaging-service reported stand among them by
 * their time.
 */
public record CaseTimelineView(UUID caseId, List<Entry> entries) {

    /**
     * @param sequenceNumber      the event's place in the case's stream (0 is the opening); {@code null} for a step
     *                            of the correspondence, which is not in the case's stream
     * @param at                  when it happened, as staff recorded it
     * @param recordedAt          when the case stored it (a step of the correspondence: when its report arrived)
     * @param staffId             who took the step; {@code null} for a registration from intake
     * @param type                a stable code of the kind of step, such as {@code CONSENT_WITHDRAWN}
     * @param description         what happened, in plain words, naming parties by role
     * @param details             the step's own words (a summary, a reason, a note), decrypted;
     *                            {@code null} if it has none or they were erased
     * @param consentsActiveAfter the consents that held once this step was taken
     * @param correspondence      for a step of the correspondence, which message it was about; {@code null} for
     *                            the case's own steps
     */
    public record Entry(
            Long sequenceNumber,
            String eventId,
            Instant at,
            Instant recordedAt,
            String staffId,
            StaffRole staffRole,
            String type,
            String description,
            String details,
            List<ActiveConsentView> consentsActiveAfter,
            Correspondence correspondence) {
    }

    /**
     * A step of the correspondence as messaging-service reported it ({@code messaging.correspondence-events.v1}):
     * which message, what kind, how it was delivered, between which parties by their role. Never what it said.
     *
     * @param kind    {@code null} for a receipt of a message whose delivery the case has not heard of (yet)
     * @param channel how it was delivered; {@code null} for a receipt
     * @param from    the role of the party who wrote it; {@code null} where the case does not know it
     * @param to      the role of the party it was for; {@code null} where the case does not know it
     */
    public record Correspondence(UUID messageId, MessageKind kind, DeliveryChannel channel, PartyRole from,
                                 PartyRole to) {
    }
}
