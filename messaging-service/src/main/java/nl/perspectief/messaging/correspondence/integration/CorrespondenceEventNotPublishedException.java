package nl.perspectief.messaging.correspondence.integration;

import java.util.UUID;

/** Kafka did not acknowledge a publication in time; the processor retries it, its token unmoved. */
class CorrespondenceEventNotPublishedException extends RuntimeException {

    CorrespondenceEventNotPublishedException(String type, UUID caseId, Throwable cause) {
        super(type + " of case " + caseId + " not acknowledged by Kafka", cause);
    }
}
