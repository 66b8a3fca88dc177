package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mediator now runs the case, for the first time or in place of another. Wire type
 * {@code MediatorAssigned.v1}.
 *
 * <p>Who needs it: messaging-service, because every message goes through the case's mediator: from
 * {@code assignedAt} on, only this mediator relays and reads the case's messages, and the previous
 * one no longer does.
 *
 * @param mediatorId         the staff id of the mediator who runs the case from now on: the id they sign in
 *                           with ({@code mediator-joost}), never a display name
 * @param previousMediatorId the staff id of the mediator replaced; {@code null} on the first assignment
 */
public record MediatorAssigned(
        UUID caseId,
        String mediatorId,
        String previousMediatorId,
        Instant assignedAt) implements CaseTopicPayload {

    public MediatorAssigned {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(mediatorId, "mediatorId");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
