package nl.perspectief.messaging.correspondence.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.MessageKind;

/** The bodies of the mediator's steps, as the API takes them (the pages' forms bind the same fields). */
final class CorrespondenceRequests {

    /** A letter is long; a hundred thousand characters is some forty pages. */
    static final int MAX_CONTENT = 100_000;
    static final int MAX_REASON = 2_000;

    private CorrespondenceRequests() {
    }

    /** @param writerId the party on whose behalf the mediator records it; the other party receives it */
    record RecordMessageRequest(@NotNull UUID writerId, @NotNull MessageKind kind,
                                @NotBlank @Size(max = MAX_CONTENT) String content) {
    }

    /** @param reason for the writer, e.g. that the letter names the victim's new town */
    record ReturnMessageRequest(@NotBlank @Size(max = MAX_REASON) String reason) {
    }

    record ReviseMessageRequest(@NotBlank @Size(max = MAX_CONTENT) String content) {
    }

    /**
     * @param writerAgreed      the writer agreed to this redaction (required to be true by the rule)
     * @param keepAttachmentIds the current version's attachments the redacted one keeps; absent: all of them
     */
    record RedactMessageRequest(@NotBlank @Size(max = MAX_CONTENT) String content, @NotNull Boolean writerAgreed,
                                @Size(max = 10) List<@NotNull UUID> keepAttachmentIds) {
    }

    /** @param deliveredAt when it reached the other party; absent: now */
    record DeliverMessageRequest(@NotNull DeliveryChannel channel, Instant deliveredAt) {
    }

    /** @param firstReadAt when the other party first read it; absent: now */
    record ConfirmReceiptRequest(Instant firstReadAt) {
    }

    /** What a step answers; the correspondence's new version is also the {@code ETag}. */
    record StepAnswer(UUID messageId, long version) {
    }
}
