package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Consent;

/** The other party (or anyone on their side) is never approached before the applicant consented to the approach. */
public class OtherPartyApproachedWithoutConsentException extends ConsentNotActiveException {

    OtherPartyApproachedWithoutConsentException(UUID caseId, List<Consent> missing) {
        super(caseId, "approaching the other party", missing);
    }
}
