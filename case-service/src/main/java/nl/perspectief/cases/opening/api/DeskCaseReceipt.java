package nl.perspectief.cases.opening.api;

import nl.perspectief.cases.casefile.api.CommandOutcome;
import java.util.UUID;

/**
 * What the desk learns on opening a case: the ids of the case and of its two parties, and whether this
 * command opened it ({@code APPLIED}) or found it opened before, by the same command or under the same
 * idempotency key ({@code UNCHANGED}), in which case the ids are those of that first opening.
 */
public record DeskCaseReceipt(UUID caseId, UUID applicantId, UUID otherPartyId, CommandOutcome outcome) {
}
