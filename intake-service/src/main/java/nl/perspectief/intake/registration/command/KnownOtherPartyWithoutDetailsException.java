package nl.perspectief.intake.registration.command;

public final class KnownOtherPartyWithoutDetailsException extends RegistrationRuleException {

    KnownOtherPartyWithoutDetailsException() {
        super("otherParty", "a known other party needs a name or a relationship");
    }
}
