package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Consent;

/** No meeting or conference is scheduled, moved or held, and no message exchange opened or resumed, unless every consent it needs is active at that moment. */
public class ContactWithoutConsentException extends ConsentNotActiveException {

    ContactWithoutConsentException(UUID caseId, List<Consent> missing) {
        super(caseId, "this contact step", missing);
    }
}
