package nl.perspectief.messaging.correspondence.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.Valid;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSummaryView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceView;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.ConfirmReceiptRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.DeliverMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.RecordMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.RedactMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.ReturnMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.ReviseMessageRequest;
import nl.perspectief.messaging.correspondence.web.CorrespondenceRequests.StepAnswer;

/**
 * The mediators' API for a case's correspondence: reading it (the mediator, and compliance read-only), and every step
 * of a message. Each step may carry {@code If-Match} (see {@link IfMatch}) and answers the correspondence's new
 * version as {@code ETag}. A message with attachments is recorded or revised as {@code multipart/form-data}: a part
 * {@code message} with the same JSON and one part {@code attachments} per file.
 */
@RestController
@Validated
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CorrespondenceController {

    static final String CORRESPONDENCE = "/cases/{caseId}/correspondence";
    static final String MESSAGE = CORRESPONDENCE + "/messages/{messageId}";

    private final CorrespondenceReading reading;
    private final CorrespondenceSteps steps;

    CorrespondenceController(CorrespondenceReading reading, CorrespondenceSteps steps) {
        this.reading = reading;
        this.steps = steps;
    }

    @GetMapping("/correspondence")
    List<CorrespondenceSummaryView> list() {
        return reading.list(ActingStaff.current());
    }

    @GetMapping(CORRESPONDENCE)
    ResponseEntity<CorrespondenceView> correspondence(@PathVariable UUID caseId) {
        CorrespondenceView view = reading.correspondence(ActingStaff.current(), caseId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).cacheControl(CacheControl.noStore()).body(view);
    }

    @GetMapping(path = CORRESPONDENCE + "/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> attachment(@PathVariable UUID caseId, @PathVariable UUID attachmentId) {
        return AttachmentDownloads.of(reading.attachment(ActingStaff.current(), caseId, attachmentId));
    }

    @PostMapping(path = CORRESPONDENCE + "/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> record(@PathVariable UUID caseId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody RecordMessageRequest request) {
        return created(caseId, steps.record(ActingStaff.current(), caseId, IfMatch.version(ifMatch), request.writerId(),
                request.kind(), request.content(), List.of()));
    }

    @PostMapping(path = CORRESPONDENCE + "/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StepAnswer> recordWithAttachments(@PathVariable UUID caseId,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestPart("message") RecordMessageRequest request,
                                                     @RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
        return created(caseId, steps.record(ActingStaff.current(), caseId, IfMatch.version(ifMatch), request.writerId(),
                request.kind(), request.content(), CorrespondenceSteps.Upload.of(files)));
    }

    @PostMapping(MESSAGE + "/approve")
    ResponseEntity<StepAnswer> approve(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return done(steps.approve(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId));
    }

    @PostMapping(path = MESSAGE + "/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> returnToWriter(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ReturnMessageRequest request) {
        return done(steps.returnToWriter(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId,
                request.reason()));
    }

    @PostMapping(path = MESSAGE + "/revise", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> revise(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody ReviseMessageRequest request) {
        return done(steps.revise(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId, request.content(),
                List.of()));
    }

    @PostMapping(path = MESSAGE + "/revise", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StepAnswer> reviseWithAttachments(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestPart("message") ReviseMessageRequest request,
                                                     @RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
        return done(steps.revise(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId, request.content(),
                CorrespondenceSteps.Upload.of(files)));
    }

    @PostMapping(path = MESSAGE + "/redact", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> redact(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody RedactMessageRequest request) {
        return done(steps.redact(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId, request.content(),
                request.writerAgreed(), request.keepAttachmentIds()));
    }

    @PostMapping(path = MESSAGE + "/deliver", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> deliver(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody DeliverMessageRequest request) {
        return done(steps.deliver(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId, request.channel(),
                request.deliveredAt()));
    }

    @PostMapping(path = MESSAGE + "/confirm-receipt", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> confirmReceipt(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ConfirmReceiptRequest request) {
        return done(steps.confirmReceipt(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId,
                request.firstReadAt()));
    }

    @PostMapping(MESSAGE + "/withdraw")
    ResponseEntity<StepAnswer> withdraw(@PathVariable UUID caseId, @PathVariable UUID messageId,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return done(steps.withdraw(ActingStaff.current(), caseId, IfMatch.version(ifMatch), messageId));
    }

    private static ResponseEntity<StepAnswer> created(UUID caseId, CorrespondenceSteps.Done done) {
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/correspondence#" + done.messageId()))
                .eTag(IfMatch.etag(done.version()))
                .body(new StepAnswer(done.messageId(), done.version()));
    }

    private static ResponseEntity<StepAnswer> done(CorrespondenceSteps.Done done) {
        return ResponseEntity.ok().eTag(IfMatch.etag(done.version())).body(new StepAnswer(done.messageId(), done.version()));
    }
}
