package nl.perspectief.cases.compliance.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.security.StaffRole;

/**
 * Every event of a case as the event store holds it, in order: what compliance audits, not a read model of it.
 *
 * @param partyRoles the role of every party the events name, as the events introduced them
 */
public record CaseHistoryView(UUID caseId, List<HistoryEntry> events, Map<UUID, PartyRole> partyRoles) {

    /**
     * One event.
     *
     * @param type                 the step's stable code ({@code CONSENT_WITHDRAWN}, …) and {@code description} its
     *                             plain words, naming parties by role
     * @param recordedAt           when the event was stored; {@code at} when the member of staff says it happened
     * @param command              the command that caused it, by its type; {@code null} for events stored before
     *                             commands were named on their events
     * @param causationId          the id of the message that caused it (the command's); {@code traceId} the first
     *                             message of the chain; {@code requestCorrelationId} the HTTP request or Kafka record
     *                             it came from, as the person who made it was told
     * @param payload              the event as stored, as JSON, its personal data decrypted for the reader, or
     *                             {@code {"erased": true, "subject": …}} where its subject was erased
     */
    public record HistoryEntry(
            long sequence,
            String eventId,
            String type,
            String description,
            Instant recordedAt,
            Instant at,
            String staffId,
            StaffRole staffRole,
            String command,
            String causationId,
            String traceId,
            String requestCorrelationId,
            String payloadType,
            String payload) {
    }
}
