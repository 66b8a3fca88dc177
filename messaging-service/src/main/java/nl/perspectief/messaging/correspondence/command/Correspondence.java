package nl.perspectief.messaging.correspondence.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import nl.perspectief.messaging.correspondence.api.ApproveMessageCommand;
import nl.perspectief.messaging.correspondence.api.Attachment;
import nl.perspectief.messaging.correspondence.api.CloseCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.CommandOutcome;
import nl.perspectief.messaging.correspondence.api.ConfirmReceiptCommand;
import nl.perspectief.messaging.correspondence.api.CorrespondenceClosedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceMediatorSetEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceOpenedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceResumedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSuspendedEvent;
import nl.perspectief.messaging.correspondence.api.DeliverMessageCommand;
import nl.perspectief.messaging.correspondence.api.ExchangeState;
import nl.perspectief.messaging.correspondence.api.MessageApprovedEvent;
import nl.perspectief.messaging.correspondence.api.MessageDeliveredEvent;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.MessageRecordedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRedactedEvent;
import nl.perspectief.messaging.correspondence.api.MessageReturnedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRevisedEvent;
import nl.perspectief.messaging.correspondence.api.MessageStatus;
import nl.perspectief.messaging.correspondence.api.MessageWithdrawnEvent;
import nl.perspectief.messaging.correspondence.api.OpenCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.ReceiptConfirmedEvent;
import nl.perspectief.messaging.correspondence.api.RecordMessageCommand;
import nl.perspectief.messaging.correspondence.api.RedactMessageCommand;
import nl.perspectief.messaging.correspondence.api.ResumeCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.ReturnMessageCommand;
import nl.perspectief.messaging.correspondence.api.ReviseMessageCommand;
import nl.perspectief.messaging.correspondence.api.SetCorrespondenceMediatorCommand;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.messaging.correspondence.api.SuspendCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.WithdrawMessageCommand;
import nl.perspectief.security.StaffRole;

/**
 * The letters and messages of one case (its id is the case's), and the one place their rules are kept: every message
 * passes the case's mediator, who reads it before it goes on; nothing moves unless case-service says the exchange is
 * open; nothing is edited in place (a change is a new version, a withdrawal a tombstone).
 * <p>
 * What case-service says (the mediator, the exchange opened, suspended, resumed, closed) arrives as commands from its
 * topic; each is idempotent, so a redelivered record changes nothing, and each names its exchange, so a late record of
 * an earlier exchange changes nothing either. The state holds ids and statuses only, never
 * what a message says, so snapshots hold no personal data.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Correspondence {

    @AggregateIdentifier
    private UUID caseId;
    private String mediatorId;
    private UUID exchangeId;
    private ExchangeState exchange = ExchangeState.NOT_OPENED;
    private UUID applicantId;
    private UUID otherPartyId;
    private Map<UUID, Message> messages = new LinkedHashMap<>();

    Correspondence() {
        // Axon rebuilds it from its events, and creates an empty one for CREATE_IF_MISSING
    }

    // ---- what case-service says, from its topic

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(SetCorrespondenceMediatorCommand command) {
        if (command.mediatorId().equals(mediatorId)) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CorrespondenceMediatorSetEvent(command.caseId(), command.mediatorId(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(OpenCorrespondenceCommand command) {
        boolean anotherOneRuns = exchange == ExchangeState.OPEN || exchange == ExchangeState.SUSPENDED;
        if (command.exchangeId().equals(exchangeId) || anotherOneRuns) {
            return CommandOutcome.UNCHANGED;
        }
        if (!command.mediatorId().equals(mediatorId)) {
            apply(new CorrespondenceMediatorSetEvent(command.caseId(), command.mediatorId(), command.at()));
        }
        apply(new CorrespondenceOpenedEvent(command.caseId(), command.exchangeId(), command.applicantId(),
                command.otherPartyId(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(SuspendCorrespondenceCommand command) {
        if (exchange != ExchangeState.OPEN || !command.exchangeId().equals(exchangeId)) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CorrespondenceSuspendedEvent(command.caseId(), exchangeId, command.reason(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(ResumeCorrespondenceCommand command) {
        if (exchange != ExchangeState.SUSPENDED || !command.exchangeId().equals(exchangeId)) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CorrespondenceResumedEvent(command.caseId(), exchangeId, command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(CloseCorrespondenceCommand command) {
        boolean runs = exchange == ExchangeState.OPEN || exchange == ExchangeState.SUSPENDED;
        if (!runs || !command.exchangeId().equals(exchangeId)) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CorrespondenceClosedEvent(command.caseId(), exchangeId, command.at()));
        return CommandOutcome.APPLIED;
    }

    // ---- the mediator's steps

    @CommandHandler
    CommandOutcome handle(RecordMessageCommand command) {
        moveBy(command.performedBy());
        Message existing = messages.get(command.messageId());
        if (existing != null) {
            throw new MessageIdInUseException(caseId, command.messageId());
        }
        UUID recipient = recipientOf(command.writerId());
        apply(new MessageRecordedEvent(caseId, command.messageId(), command.writerId(), recipient, command.kind(),
                command.content(), attachmentsOf(command.attachments()), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ApproveMessageCommand command) {
        moveBy(command.performedBy());
        Message message = live(command.messageId());
        if (message.status() == MessageStatus.APPROVED) {
            return CommandOutcome.UNCHANGED;
        }
        requireStatus(message, command.messageId(), MessageStatus.AWAITING_REVIEW);
        apply(new MessageApprovedEvent(caseId, command.messageId(), message.version(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ReturnMessageCommand command) {
        moveBy(command.performedBy());
        Message message = live(command.messageId());
        requireStatus(message, command.messageId(), MessageStatus.AWAITING_REVIEW);
        apply(new MessageReturnedEvent(caseId, command.messageId(), message.version(), message.writerId(),
                command.reason(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ReviseMessageCommand command) {
        moveBy(command.performedBy());
        Message message = live(command.messageId());
        if (message.status() != MessageStatus.RETURNED) {
            throw new MessageNotReturnedException(caseId, command.messageId(), message.status());
        }
        apply(new MessageRevisedEvent(caseId, command.messageId(), message.version() + 1, message.writerId(),
                command.content(), attachmentsOf(command.attachments()), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /* A redaction is reviewed like any version: it replaces nothing, and the original stays in the history. */
    @CommandHandler
    CommandOutcome handle(RedactMessageCommand command) {
        moveBy(command.performedBy());
        Message message = live(command.messageId());
        if (!command.writerAgreed()) {
            throw new RedactionWithoutWriterAgreementException(caseId, command.messageId());
        }
        undelivered(message, command.messageId());
        List<Attachment> kept = attachmentsOf(command.attachments());
        if (!message.attachmentIds().containsAll(kept.stream().map(Attachment::attachmentId).toList())) {
            throw new RedactionAddsAttachmentException(caseId, command.messageId());
        }
        apply(new MessageRedactedEvent(caseId, command.messageId(), message.version() + 1, message.writerId(),
                command.content(), kept, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(DeliverMessageCommand command) {
        moveBy(command.performedBy());
        Message message = live(command.messageId());
        if (message.status() == MessageStatus.DELIVERED || message.status() == MessageStatus.RECEIVED) {
            return CommandOutcome.UNCHANGED;
        }
        if (message.status() != MessageStatus.APPROVED) {
            throw new DeliveryWithoutApprovalException(caseId, command.messageId(), message.status());
        }
        apply(new MessageDeliveredEvent(caseId, command.messageId(), message.version(), message.writerId(),
                message.recipientId(), message.kind(), command.channel(),
                command.deliveredAt(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ConfirmReceiptCommand command) {
        moveBy(command.performedBy());
        Message message = live(command.messageId());
        if (message.status() == MessageStatus.RECEIVED) {
            return CommandOutcome.UNCHANGED;
        }
        if (message.status() != MessageStatus.DELIVERED) {
            throw new MessageNotDeliveredException(caseId, command.messageId(), message.status());
        }
        apply(new ReceiptConfirmedEvent(caseId, command.messageId(), message.recipientId(), command.firstReadAt(),
                command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(WithdrawMessageCommand command) {
        moveBy(command.performedBy());
        Message message = message(command.messageId());
        if (message.status() == MessageStatus.WITHDRAWN) {
            return CommandOutcome.UNCHANGED;
        }
        undelivered(message, command.messageId());
        apply(new MessageWithdrawnEvent(caseId, command.messageId(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    // ---- what happened

    @EventSourcingHandler
    void on(CorrespondenceMediatorSetEvent event) {
        caseId = event.caseId();
        mediatorId = event.mediatorId();
    }

    @EventSourcingHandler
    void on(CorrespondenceOpenedEvent event) {
        caseId = event.caseId();
        exchangeId = event.exchangeId();
        applicantId = event.applicantId();
        otherPartyId = event.otherPartyId();
        exchange = ExchangeState.OPEN;
    }

    @EventSourcingHandler
    void on(CorrespondenceSuspendedEvent event) {
        caseId = event.caseId();
        exchange = ExchangeState.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CorrespondenceResumedEvent event) {
        exchange = ExchangeState.OPEN;
    }

    @EventSourcingHandler
    void on(CorrespondenceClosedEvent event) {
        caseId = event.caseId();
        exchange = ExchangeState.CLOSED;
    }

    @EventSourcingHandler
    void on(MessageRecordedEvent event) {
        messages.put(event.messageId(), new Message(event.writerId(), event.recipientId(), event.kind(), 1,
                MessageStatus.AWAITING_REVIEW, idsOf(event.attachments())));
    }

    @EventSourcingHandler
    void on(MessageApprovedEvent event) {
        messages.computeIfPresent(event.messageId(), (id, message) -> message.in(MessageStatus.APPROVED));
    }

    @EventSourcingHandler
    void on(MessageReturnedEvent event) {
        messages.computeIfPresent(event.messageId(), (id, message) -> message.in(MessageStatus.RETURNED));
    }

    @EventSourcingHandler
    void on(MessageRevisedEvent event) {
        messages.computeIfPresent(event.messageId(),
                (id, message) -> message.next(event.version(), idsOf(event.attachments())));
    }

    @EventSourcingHandler
    void on(MessageRedactedEvent event) {
        messages.computeIfPresent(event.messageId(),
                (id, message) -> message.next(event.version(), idsOf(event.attachments())));
    }

    @EventSourcingHandler
    void on(MessageDeliveredEvent event) {
        messages.computeIfPresent(event.messageId(), (id, message) -> message.in(MessageStatus.DELIVERED));
    }

    @EventSourcingHandler
    void on(ReceiptConfirmedEvent event) {
        messages.computeIfPresent(event.messageId(), (id, message) -> message.in(MessageStatus.RECEIVED));
    }

    @EventSourcingHandler
    void on(MessageWithdrawnEvent event) {
        messages.computeIfPresent(event.messageId(), (id, message) -> message.in(MessageStatus.WITHDRAWN));
    }

    // ---- who may act, and what a message allows

    /** A message moves only while the exchange is open, and only by the case's mediator. */
    private void moveBy(StaffMember by) {
        if (by == null || by.role() != StaffRole.MEDIATOR || mediatorId == null
                || !mediatorId.equals(by.staffId())) {
            throw new NotTheAssignedMediatorException(caseId, by == null ? null : by.staffId());
        }
        if (exchange != ExchangeState.OPEN) {
            throw new ExchangeNotOpenException(caseId, exchange);
        }
    }

    private UUID recipientOf(UUID writerId) {
        if (writerId != null && writerId.equals(applicantId)) {
            return otherPartyId;
        }
        if (writerId != null && writerId.equals(otherPartyId)) {
            return applicantId;
        }
        throw new NotAPartyOfTheExchangeException(caseId, writerId);
    }

    private Message message(UUID messageId) {
        Message message = messages.get(messageId);
        if (message == null) {
            throw new UnknownMessageException(caseId, messageId);
        }
        return message;
    }

    /** A message that still moves: not withdrawn. */
    private Message live(UUID messageId) {
        Message message = message(messageId);
        if (message.status() == MessageStatus.WITHDRAWN) {
            throw new MessageWithdrawnException(caseId, messageId);
        }
        return message;
    }

    private void requireStatus(Message message, UUID messageId, MessageStatus needed) {
        if (message.status() != needed) {
            throw new MessageNotAwaitingReviewException(caseId, messageId, message.status());
        }
    }

    private void undelivered(Message message, UUID messageId) {
        if (Set.of(MessageStatus.DELIVERED, MessageStatus.RECEIVED).contains(message.status())) {
            throw new MessageAlreadyDeliveredException(caseId, messageId);
        }
    }

    private static List<Attachment> attachmentsOf(List<Attachment> attachments) {
        return attachments == null ? List.of() : List.copyOf(attachments);
    }

    private static List<UUID> idsOf(List<Attachment> attachments) {
        return attachments == null ? List.of() : attachments.stream().map(Attachment::attachmentId).toList();
    }

    /**
     * A message by its writer, recipient, kind, version, status and the attachments of its current version; what it
     * says lives in the events, encrypted.
     */
    record Message(UUID writerId, UUID recipientId, MessageKind kind, int version, MessageStatus status,
                   List<UUID> attachmentIds) {

        Message in(MessageStatus newStatus) {
            return new Message(writerId, recipientId, kind, version, newStatus, attachmentIds);
        }

        /** A new version awaits review again. */
        Message next(int newVersion, List<UUID> newAttachmentIds) {
            return new Message(writerId, recipientId, kind, newVersion, MessageStatus.AWAITING_REVIEW, newAttachmentIds);
        }
    }
}
