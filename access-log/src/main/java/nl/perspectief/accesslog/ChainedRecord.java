package nl.perspectief.accesslog;

import java.time.Instant;
import java.util.UUID;

/**
 * Every column of an {@code access_log} row that the hash covers, as text exactly as stored: the
 * verification must judge what is in the table, so it never passes through the enums.
 */
record ChainedRecord(long position, UUID recordId, Instant occurredAt, String actorSubject, String actorRole,
                     String service, UUID caseId, String resource, boolean breakGlass, UUID breakGlassGrantId,
                     String outcome, String requestId, byte[] previousHash) {
}
