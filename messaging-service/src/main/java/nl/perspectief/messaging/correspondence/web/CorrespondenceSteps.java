package nl.perspectief.messaging.correspondence.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.perspectief.messaging.attachments.AttachmentInspector;
import nl.perspectief.messaging.attachments.AttachmentStore;
import nl.perspectief.messaging.attachments.InspectedAttachment;
import nl.perspectief.messaging.attachments.StoredAttachment;
import nl.perspectief.messaging.correspondence.api.ApproveMessageCommand;
import nl.perspectief.messaging.correspondence.api.Attachment;
import nl.perspectief.messaging.correspondence.api.ConfirmReceiptCommand;
import nl.perspectief.messaging.correspondence.api.CorrespondenceStateView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceView;
import nl.perspectief.messaging.correspondence.api.DeliverMessageCommand;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.FindCorrespondenceQuery;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.MessageView;
import nl.perspectief.messaging.correspondence.api.RecordMessageCommand;
import nl.perspectief.messaging.correspondence.api.RedactMessageCommand;
import nl.perspectief.messaging.correspondence.api.ReturnMessageCommand;
import nl.perspectief.messaging.correspondence.api.ReviseMessageCommand;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.messaging.correspondence.api.WithdrawMessageCommand;

/**
 * The mediator's steps with a case's correspondence, the one way in for the API and the pages alike: who may act is
 * checked first ({@link CorrespondenceReading#toAct}), ids and time are given here, the aggregate decides the rest.
 * A message's new attachments are inspected (type by content, size) and stored sealed for the writer in the same
 * transaction as the command, so a refused step leaves no attachment behind.
 */
@Service
public class CorrespondenceSteps {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CorrespondenceReading reading;
    private final AttachmentInspector inspector;
    private final AttachmentStore attachments;
    private final Clock clock;

    CorrespondenceSteps(CommandGateway commands, QueryGateway queries, CorrespondenceReading reading,
                        AttachmentInspector inspector, AttachmentStore attachments, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.reading = reading;
        this.inspector = inspector;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** A file as it came in: the name the uploader gave it (the writer's, stored sealed) and its bytes. */
    public record Upload(String fileName, byte[] bytes) {

        /** The files of a multipart request, the API's or a page form's; a file field left empty is no file. */
        static List<Upload> of(List<org.springframework.web.multipart.MultipartFile> files) {
            List<Upload> uploads = new ArrayList<>();
            if (files == null) {
                return uploads;
            }
            for (var file : files) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                    continue;
                }
                try {
                    uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return uploads;
        }
    }

    /** What a step answers: the message it concerned and the correspondence's version after it (the next If-Match). */
    public record Done(UUID messageId, long version) {
    }

    @Transactional
    public Done record(StaffMember who, UUID caseId, Long expectedVersion, UUID writerId, MessageKind kind,
                       String content, List<Upload> uploads) {
        reading.toAct(who, caseId);
        UUID messageId = UUID.randomUUID();
        Instant at = clock.instant();
        List<Attachment> stored = store(caseId, messageId, writerId, uploads, at);
        return send(caseId, messageId, new RecordMessageCommand(caseId, expectedVersion, messageId, writerId, kind,
                content, stored, who, at));
    }

    public Done approve(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId) {
        reading.toAct(who, caseId);
        return send(caseId, messageId, new ApproveMessageCommand(caseId, expectedVersion, messageId, who, clock.instant()));
    }

    public Done returnToWriter(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId, String reason) {
        reading.toAct(who, caseId);
        return send(caseId, messageId, new ReturnMessageCommand(caseId, expectedVersion, messageId, reason, who,
                clock.instant()));
    }

    @Transactional
    public Done revise(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId, String content,
                       List<Upload> uploads) {
        reading.toAct(who, caseId);
        Instant at = clock.instant();
        List<Attachment> stored = uploads.isEmpty() ? List.of()
                : store(caseId, messageId, message(caseId, messageId).writerId(), uploads, at);
        return send(caseId, messageId, new ReviseMessageCommand(caseId, expectedVersion, messageId, content, stored, who,
                at));
    }

    /**
     * @param keptAttachmentIds the attachments of the current version the redacted version keeps; an id that is not
     *                          one of them is refused as {@link AttachmentNotOfTheVersionException};
     *                          {@code null} keeps them all
     */
    public Done redact(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId, String content,
                       boolean writerAgreed, List<UUID> keptAttachmentIds) {
        reading.toAct(who, caseId);
        List<Attachment> current = message(caseId, messageId).current().attachments();
        if (keptAttachmentIds == null) {
            return send(caseId, messageId, new RedactMessageCommand(caseId, expectedVersion, messageId, content, current,
                    writerAgreed, who, clock.instant()));
        }
        List<Attachment> kept = new ArrayList<>();
        for (UUID id : keptAttachmentIds) {
            kept.add(current.stream().filter(attachment -> attachment.attachmentId().equals(id)).findFirst()
                    .orElseThrow(AttachmentNotOfTheVersionException::new));
        }
        return send(caseId, messageId, new RedactMessageCommand(caseId, expectedVersion, messageId, content, kept,
                writerAgreed, who, clock.instant()));
    }

    /** @param deliveredAt when it reached the other party; now when not given */
    public Done deliver(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId, DeliveryChannel channel,
                        Instant deliveredAt) {
        reading.toAct(who, caseId);
        Instant now = clock.instant();
        return send(caseId, messageId, new DeliverMessageCommand(caseId, expectedVersion, messageId, channel,
                deliveredAt == null ? now : deliveredAt, who, now));
    }

    public Done confirmReceipt(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId, Instant firstReadAt) {
        reading.toAct(who, caseId);
        Instant now = clock.instant();
        return send(caseId, messageId, new ConfirmReceiptCommand(caseId, expectedVersion, messageId,
                firstReadAt == null ? now : firstReadAt, who, now));
    }

    public Done withdraw(StaffMember who, UUID caseId, Long expectedVersion, UUID messageId) {
        reading.toAct(who, caseId);
        return send(caseId, messageId, new WithdrawMessageCommand(caseId, expectedVersion, messageId, who,
                clock.instant()));
    }

    private List<Attachment> store(UUID caseId, UUID messageId, UUID writerId, List<Upload> uploads, Instant at) {
        inspector.checkCount(uploads.size());
        List<Attachment> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            InspectedAttachment inspected = inspector.inspect(upload.bytes());
            StoredAttachment attachment = attachments.store(caseId, messageId, writerId, upload.fileName(),
                    upload.bytes(), inspected, at);
            stored.add(new Attachment(attachment.attachmentId(), inspected.mediaType(), inspected.size(),
                    inspected.sha256()));
        }
        return stored;
    }

    private MessageView message(UUID caseId, UUID messageId) {
        return queries.query(new FindCorrespondenceQuery(caseId), ResponseTypes.optionalInstanceOf(CorrespondenceView.class))
                .join()
                .flatMap(view -> view.messages().stream().filter(m -> m.messageId().equals(messageId)).findFirst())
                .orElseThrow(() -> new UnknownMessageException(messageId));
    }

    private Done send(UUID caseId, UUID messageId, Object command) {
        // the request's correlation id goes on the command by correlation's dispatch interceptor
        commands.sendAndWait(command);
        long version = reading.stateOf(caseId).map(CorrespondenceStateView::version).orElse(0L);
        return new Done(messageId, version);
    }

    /** A redaction named an attachment its version does not have. */
    static class AttachmentNotOfTheVersionException extends RuntimeException {
        AttachmentNotOfTheVersionException() {
            super("a kept attachment is not one of the version's");
        }
    }

    /** The message is not one of this case's. */
    static class UnknownMessageException extends RuntimeException {
        UnknownMessageException(UUID messageId) {
            super("Message " + messageId + " is not one of this case's");
        }
    }
}
