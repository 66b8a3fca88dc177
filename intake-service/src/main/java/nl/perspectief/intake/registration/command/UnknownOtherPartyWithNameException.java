package nl.perspectief.intake.registration.command;

public final class UnknownOtherPartyWithNameException extends RegistrationRuleException {

    UnknownOtherPartyWithNameException() {
        super("otherParty.fullName", "an other party marked as not known cannot have a name");
    }
}
