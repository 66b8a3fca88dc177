package nl.perspectief.training.session.web;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.session.api.SessionStatus;

/** A referral link is issued while the session may still take enrolments: planned, open or full. */
class ReferralLinkOnlyWhileEnrollingException extends TrainingRuleException {

    ReferralLinkOnlyWhileEnrollingException(UUID sessionId, SessionStatus status) {
        super("Session " + sessionId + " is " + status + ": a referral link is issued while it takes enrolments");
    }
}
