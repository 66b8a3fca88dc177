package nl.perspectief.training.enrolment.web;

/**
 * No referral link with this token, one revoked, or one whose session is over: nothing to see or enrol in (404), the
 * same for each, so a token cannot be probed.
 */
class ReferralLinkNotFoundException extends RuntimeException {

    ReferralLinkNotFoundException() {
        super("no referral link with this token");
    }
}
