package nl.perspectief.cases.casefile.command;

import java.util.UUID;

/** A case is always someone's: it cannot be opened without an applicant who has a name. */
public class ApplicantMissingException extends CaseRuleException {

    ApplicantMissingException(UUID registrationId) {
        super("Registration " + registrationId + " has no applicant with a name; a case needs one");
    }
}
