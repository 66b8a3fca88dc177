package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A closed case takes nothing but aftercare contacts, notes and withdrawals until it is reopened. */
public class CaseClosedException extends CaseRuleException {

    CaseClosedException(UUID caseId) {
        super("Case " + caseId + " is closed: only aftercare and notes, or reopen it");
    }
}
