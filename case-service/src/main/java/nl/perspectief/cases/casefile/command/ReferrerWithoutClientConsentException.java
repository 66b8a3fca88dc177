package nl.perspectief.cases.casefile.command;

import java.util.UUID;

/** A professional may only register someone who consented to it (voluntariness, DOMAIN.md). */
public class ReferrerWithoutClientConsentException extends CaseRuleException {

    ReferrerWithoutClientConsentException(UUID registrationId) {
        super("Registration " + registrationId + " was made by a referrer without the client's consent");
    }
}
