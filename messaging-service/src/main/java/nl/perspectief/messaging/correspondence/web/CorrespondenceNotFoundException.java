package nl.perspectief.messaging.correspondence.web;

import java.util.UUID;

/**
 * No correspondence for this case, or one the reader may not know of (a colleague's case), which answers the same:
 * 404, exactly as case-service answers a case that is not the mediator's.
 */
class CorrespondenceNotFoundException extends RuntimeException {

    CorrespondenceNotFoundException(UUID caseId) {
        super("No correspondence of case " + caseId);
    }
}
