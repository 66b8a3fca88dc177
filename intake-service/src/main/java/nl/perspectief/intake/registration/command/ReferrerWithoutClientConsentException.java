package nl.perspectief.intake.registration.command;

public final class ReferrerWithoutClientConsentException extends RegistrationRuleException {

    ReferrerWithoutClientConsentException() {
        super("referrer.clientConsentConfirmed", "a referrer must confirm that the client consents to the registration");
    }
}
