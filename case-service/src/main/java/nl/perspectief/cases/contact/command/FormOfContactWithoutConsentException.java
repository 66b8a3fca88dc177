package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.Consent;

/** A form of contact is agreed only when every party it involves takes part and consented to that form. */
public class FormOfContactWithoutConsentException extends ConsentNotActiveException {

    FormOfContactWithoutConsentException(UUID caseId, List<Consent> missing) {
        super(caseId, "agreeing the form of contact", missing);
    }
}
