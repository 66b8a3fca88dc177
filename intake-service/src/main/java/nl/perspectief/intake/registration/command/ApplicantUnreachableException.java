package nl.perspectief.intake.registration.command;

public final class ApplicantUnreachableException extends RegistrationRuleException {

    ApplicantUnreachableException() {
        super("applicant", "at least one way to reach the applicant is needed: email, phone or postal address");
    }
}
