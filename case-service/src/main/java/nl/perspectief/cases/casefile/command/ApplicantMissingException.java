package nl.perspectief.cases.casefile.command;

/** A case is always someone's: it cannot be opened without an applicant who has a name. */
public class ApplicantMissingException extends CaseRuleException {

    ApplicantMissingException(String registration) {
        super(registration + " has no applicant with a name; a case needs one");
    }
}
