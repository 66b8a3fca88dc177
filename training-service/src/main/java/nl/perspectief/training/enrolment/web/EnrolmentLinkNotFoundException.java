package nl.perspectief.training.enrolment.web;

/**
 * No enrolment that this link opens: an unknown enrolment, a wrong token or a malformed address are one and the same
 * 404, so the page tells nobody which enrolments exist.
 */
class EnrolmentLinkNotFoundException extends RuntimeException {

    EnrolmentLinkNotFoundException() {
        super("no enrolment opens with this link");
    }
}
