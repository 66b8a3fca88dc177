package nl.perspectief.cases.opening.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;

/** A case is always someone's: it cannot be opened without an applicant who has a name. */
public class ApplicantMissingException extends CaseRuleException {

    ApplicantMissingException(String registration) {
        super(registration + " has no applicant with a name; a case needs one");
    }
}
