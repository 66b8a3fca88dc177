package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ContactForm;

/** A meeting, a conference or an exchange of messages follows only the form every party agreed on. */
public class FormOfContactNotAgreedException extends CaseRuleException {

    FormOfContactNotAgreedException(UUID caseId, ContactForm form) {
        super("Case " + caseId + ": " + form + " is not the agreed form of contact");
    }
}
