package nl.perspectief.cases.casefile.command;

import java.time.Instant;
import java.util.Optional;

import nl.perspectief.cases.opening.api.DeskCaseReceipt;

/**
 * Remembers which case answered a desk member's {@code Idempotency-Key}, in the transaction that opens
 * the case, so there is never a key without its case nor a case opened twice under one key.
 */
interface DeskIdempotencyKeys {

    /**
     * Claims {@code key} of {@code staffId} for the case in {@code receipt}. Empty when the key is new
     * (and now taken until the transaction ends); the first receipt, {@code UNCHANGED}, when the key
     * was used before for the same request.
     *
     * @throws IdempotencyKeyReusedException when the key was used before for a different request
     */
    Optional<DeskCaseReceipt> claim(String staffId, String key, String requestSha256, DeskCaseReceipt receipt,
                                    Instant at);
}
