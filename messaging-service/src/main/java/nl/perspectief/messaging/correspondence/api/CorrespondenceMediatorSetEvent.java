package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** The case's mediator, as case-service assigned or reassigned them: the one member of staff who may act. */
public record CorrespondenceMediatorSetEvent(
        UUID caseId,
        String mediatorId,
        Instant at) implements CorrespondenceEvent {
}
