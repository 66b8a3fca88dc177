package nl.perspectief.cases.casefile.api;

import nl.perspectief.security.StaffRole;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happened in a case, in order, for someone who was not there; with, after every step,
 * the consents that held, so compliance can check each step against them.
 */
public record CaseTimelineView(UUID caseId, List<Entry> entries) {

    /**
     * @param sequenceNumber      the event's place in the case's stream (0 is the opening)
     * @param at                  when it happened, as staff recorded it
     * @param recordedAt          when the case stored it
     * @param staffId             who took the step; {@code null} for a registration from intake
     * @param type                a stable code of the kind of step, such as {@code CONSENT_WITHDRAWN}
     * @param description         what happened, in plain words, naming parties by role
     * @param details             the step's own words (a summary, a reason, a note), decrypted;
     *                            {@code null} if it has none or they were erased
     * @param consentsActiveAfter the consents that held once this step was taken
     */
    public record Entry(
            long sequenceNumber,
            String eventId,
            Instant at,
            Instant recordedAt,
            String staffId,
            StaffRole staffRole,
            String type,
            String description,
            String details,
            List<ActiveConsentView> consentsActiveAfter) {
    }
}
