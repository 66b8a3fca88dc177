package nl.perspectief.intake.registration.command;

import nl.perspectief.events.intake.v1.ContactChannel;

public final class PreferredChannelWithoutContactDetailException extends RegistrationRuleException {

    PreferredChannelWithoutContactDetailException(ContactChannel channel) {
        super(fieldFor(channel), "the preferred channel " + channel + " needs this contact detail");
    }

    static String fieldFor(ContactChannel channel) {
        return switch (channel) {
            case EMAIL -> "applicant.email";
            case PHONE -> "applicant.phone";
            case POST -> "applicant.postalAddress";
        };
    }
}
