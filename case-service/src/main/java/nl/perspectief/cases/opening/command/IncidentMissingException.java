package nl.perspectief.cases.opening.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;

/** Triage decides scope on the kind of incident, so a case cannot be opened without it. */
public class IncidentMissingException extends CaseRuleException {

    IncidentMissingException(String registration) {
        super(registration + " names no incident category; triage needs one");
    }
}
