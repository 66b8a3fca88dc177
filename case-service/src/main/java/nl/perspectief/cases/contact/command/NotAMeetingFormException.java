package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ContactForm;

/** Only a meeting or a conference is scheduled; messages are exchanged, not scheduled. */
public class NotAMeetingFormException extends CaseRuleException {

    NotAMeetingFormException(UUID caseId, ContactForm form) {
        super("Case " + caseId + ": " + form + " is not a meeting or conference");
    }
}
