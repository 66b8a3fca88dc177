package nl.perspectief.cases.casefile.integration;

import java.util.UUID;

/** Kafka did not acknowledge in time; the processor rolls back its token and tries again later. */
class CaseEventNotPublishedException extends RuntimeException {

    CaseEventNotPublishedException(String type, UUID caseId, Throwable cause) {
        super(type + " of case " + caseId + " not acknowledged by Kafka: " + cause.getClass().getSimpleName(), cause);
    }
}
