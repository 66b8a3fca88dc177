package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;

/**
 * The desk sent a different request under an {@code Idempotency-Key} it had used before: a key names one
 * request, so the second one is refused rather than answered with a case it did not ask for.
 */
public class IdempotencyKeyReusedException extends CaseRuleException {

    IdempotencyKeyReusedException() {
        super("The Idempotency-Key was used before by this member of staff with a different request");
    }
}
