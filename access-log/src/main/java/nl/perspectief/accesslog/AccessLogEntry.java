package nl.perspectief.accesslog;

import java.time.Instant;
import java.util.UUID;

/** A record as stored in the access log, for compliance officers' searches. */
public record AccessLogEntry(long position, UUID recordId, Instant occurredAt, String actorSubject, String actorRole,
                             String service, UUID caseId, AccessedResource resource, boolean breakGlass,
                             UUID breakGlassGrantId, AccessOutcome outcome, String requestId) {
}
