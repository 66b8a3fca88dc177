package nl.perspectief.cases.opening.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;

/** A professional may only register someone who consented to it (voluntariness, DOMAIN.md). */
public class ReferrerWithoutClientConsentException extends CaseRuleException {

    ReferrerWithoutClientConsentException(String registration) {
        super(registration + " was made by a referrer without the client's consent");
    }
}
