package nl.perspectief.intake.registration.command;

public final class PrivacyStatementNotAcceptedException extends RegistrationRuleException {

    PrivacyStatementNotAcceptedException() {
        super("privacyStatementAccepted", "the privacy statement must be accepted");
    }
}
