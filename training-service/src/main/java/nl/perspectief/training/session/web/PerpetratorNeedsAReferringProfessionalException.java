package nl.perspectief.training.session.web;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * A trainer enrols someone in a course for perpetrators only with the professional who refers them (a probation
 * officer, a member of prison staff), who is recorded with the enrolment.
 */
class PerpetratorNeedsAReferringProfessionalException extends TrainingRuleException {

    PerpetratorNeedsAReferringProfessionalException(UUID sessionId) {
        super("Session " + sessionId + ": a perpetrator is enrolled with the professional who refers them");
    }
}
