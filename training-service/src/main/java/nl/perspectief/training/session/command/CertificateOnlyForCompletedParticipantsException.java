package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A certificate is issued to a participant who completed the session. */
public class CertificateOnlyForCompletedParticipantsException extends TrainingRuleException {

    CertificateOnlyForCompletedParticipantsException(UUID sessionId, UUID enrolmentId) {
        super("Session " + sessionId + ": enrolment " + enrolmentId + " did not complete it");
    }
}
