package nl.perspectief.cases.closure.command;

import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Consent;

/**
 * An outcome is shared with a third party only when the applicant and the other party each consent to
 * sharing it with that same recipient at that moment (DOMAIN.md, closure).
 */
public class OutcomeSharedWithoutConsentException extends ConsentNotActiveException {

    OutcomeSharedWithoutConsentException(UUID caseId, List<Consent> missing) {
        super(caseId, "sharing the outcome", missing);
    }
}
