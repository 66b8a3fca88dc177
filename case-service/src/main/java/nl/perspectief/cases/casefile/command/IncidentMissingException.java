package nl.perspectief.cases.casefile.command;

import java.util.UUID;

/** Triage decides scope on the kind of incident, so a case cannot be opened without it. */
public class IncidentMissingException extends CaseRuleException {

    IncidentMissingException(UUID registrationId) {
        super("Registration " + registrationId + " names no incident category; triage needs one");
    }
}
