package nl.perspectief.messaging.correspondence.api;

import java.util.UUID;

/** Every fact of a case's correspondence; sealed so projections and mappers switch over them exhaustively. */
public sealed interface CorrespondenceEvent permits
        CorrespondenceMediatorSetEvent,
        CorrespondenceOpenedEvent,
        CorrespondenceSuspendedEvent,
        CorrespondenceResumedEvent,
        CorrespondenceClosedEvent,
        MessageRecordedEvent,
        MessageApprovedEvent,
        MessageReturnedEvent,
        MessageRevisedEvent,
        MessageRedactedEvent,
        MessageDeliveredEvent,
        ReceiptConfirmedEvent,
        MessageWithdrawnEvent {

    UUID caseId();
}
