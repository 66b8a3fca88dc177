package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** One certificate per participant per session. */
public class CertificateAlreadyIssuedException extends TrainingRuleException {

    CertificateAlreadyIssuedException(UUID sessionId, UUID enrolmentId) {
        super("Session " + sessionId + ": enrolment " + enrolmentId + " has a certificate already");
    }
}
