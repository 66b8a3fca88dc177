package nl.perspectief.training.session.web;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Referral links are for perpetrators' sessions: a professionals' session is on the public calendar for anyone. */
class ReferralLinkOnlyForPerpetratorsException extends TrainingRuleException {

    ReferralLinkOnlyForPerpetratorsException(UUID sessionId) {
        super("Session " + sessionId + ": referral links are for perpetrators' sessions; professionals enrol on the "
                + "public calendar");
    }
}
