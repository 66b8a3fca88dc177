package nl.perspectief.messaging.correspondence.query;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import nl.perspectief.messaging.correspondence.api.CorrespondenceClosedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceMediatorSetEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceOpenedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceResumedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSuspendedEvent;
import nl.perspectief.messaging.correspondence.api.ExchangeState;
import nl.perspectief.messaging.correspondence.api.MessageApprovedEvent;
import nl.perspectief.messaging.correspondence.api.MessageDeliveredEvent;
import nl.perspectief.messaging.correspondence.api.MessageRecordedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRedactedEvent;
import nl.perspectief.messaging.correspondence.api.MessageReturnedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRevisedEvent;
import nl.perspectief.messaging.correspondence.api.MessageStatus;
import nl.perspectief.messaging.correspondence.api.MessageStep;
import nl.perspectief.messaging.correspondence.api.MessageWithdrawnEvent;
import nl.perspectief.messaging.correspondence.api.ReceiptConfirmedEvent;
import nl.perspectief.messaging.correspondence.api.VersionOrigin;

/**
 * The correspondence as the pages and the API read it, from its events, in the command's own transaction
 * (processing group {@value #PROCESSING_GROUP} is subscribing): a step's answer and the page after it show the step.
 * One handler over the sealed events, so a new event does not compile until it is decided what it shows.
 */
@Component
@ProcessingGroup(CorrespondenceProjection.PROCESSING_GROUP)
class CorrespondenceProjection {

    static final String PROCESSING_GROUP = "correspondence-view";

    private final CorrespondenceRepository repository;

    CorrespondenceProjection(CorrespondenceRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(CorrespondenceEvent event, @SequenceNumber long sequence) {
        switch (event) {
            case CorrespondenceMediatorSetEvent set -> repository.mediatorSet(set.caseId(), set.mediatorId());
            case CorrespondenceOpenedEvent opened -> repository.opened(opened);
            case CorrespondenceSuspendedEvent suspended ->
                    repository.exchangeIn(suspended.caseId(), ExchangeState.SUSPENDED, suspended.at(),
                            suspended.reason());
            case CorrespondenceResumedEvent resumed ->
                    repository.exchangeIn(resumed.caseId(), ExchangeState.OPEN, resumed.at(), null);
            case CorrespondenceClosedEvent closed ->
                    repository.exchangeIn(closed.caseId(), ExchangeState.CLOSED, closed.at(), null);
            case MessageRecordedEvent recorded -> {
                repository.recorded(recorded);
                repository.version(recorded.messageId(), 1, VersionOrigin.RECORDED, recorded.performedBy().staffId(),
                        recorded.at(), new VersionDocument(recorded.writerId(), recorded.content(),
                                List.copyOf(recorded.attachments())));
                repository.step(recorded.messageId(), MessageStep.RECORDED, 1, recorded.performedBy().staffId(),
                        recorded.at(), null, null);
            }
            case MessageApprovedEvent approved -> {
                repository.status(approved.messageId(), MessageStatus.APPROVED, approved.at());
                repository.step(approved.messageId(), MessageStep.APPROVED, approved.version(),
                        approved.performedBy().staffId(), approved.at(), null, null);
            }
            case MessageReturnedEvent returned -> {
                repository.status(returned.messageId(), MessageStatus.RETURNED, returned.at());
                repository.step(returned.messageId(), MessageStep.RETURNED, returned.version(),
                        returned.performedBy().staffId(), returned.at(), null,
                        new ReasonDocument(returned.writerId(), returned.reason()));
            }
            case MessageRevisedEvent revised -> {
                repository.newVersion(revised.messageId(), revised.version(), revised.at());
                repository.version(revised.messageId(), revised.version(), VersionOrigin.REVISED,
                        revised.performedBy().staffId(), revised.at(),
                        new VersionDocument(revised.writerId(), revised.content(), List.copyOf(revised.attachments())));
                repository.step(revised.messageId(), MessageStep.REVISED, revised.version(),
                        revised.performedBy().staffId(), revised.at(), null, null);
            }
            case MessageRedactedEvent redacted -> {
                repository.newVersion(redacted.messageId(), redacted.version(), redacted.at());
                repository.version(redacted.messageId(), redacted.version(), VersionOrigin.REDACTED,
                        redacted.performedBy().staffId(), redacted.at(),
                        new VersionDocument(redacted.writerId(), redacted.content(), List.copyOf(redacted.attachments())));
                repository.step(redacted.messageId(), MessageStep.REDACTED, redacted.version(),
                        redacted.performedBy().staffId(), redacted.at(), null, null);
            }
            case MessageDeliveredEvent delivered -> {
                repository.delivered(delivered);
                repository.step(delivered.messageId(), MessageStep.DELIVERED, delivered.version(),
                        delivered.performedBy().staffId(), delivered.deliveredAt(), delivered.channel(), null);
            }
            case ReceiptConfirmedEvent confirmed -> {
                int version = repository.received(confirmed);
                repository.step(confirmed.messageId(), MessageStep.RECEIPT_CONFIRMED, version,
                        confirmed.performedBy().staffId(), confirmed.firstReadAt(), null, null);
            }
            case MessageWithdrawnEvent withdrawn -> {
                int version = repository.status(withdrawn.messageId(), MessageStatus.WITHDRAWN, withdrawn.at());
                repository.step(withdrawn.messageId(), MessageStep.WITHDRAWN, version,
                        withdrawn.performedBy().staffId(), withdrawn.at(), null, null);
            }
        }
        repository.versionIs(event.caseId(), sequence);
    }
}
