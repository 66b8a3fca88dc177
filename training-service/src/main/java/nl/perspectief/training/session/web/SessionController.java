package nl.perspectief.training.session.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.JsonBodyProblems;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.web.ActingStaff;
import nl.perspectief.training.course.web.InvalidFormException;
import nl.perspectief.training.course.web.PageForm;
import nl.perspectief.training.session.api.SessionSummaryView;
import nl.perspectief.training.session.web.SessionRequests.AttendanceRequest;
import nl.perspectief.training.session.web.SessionRequests.CancelSessionRequest;
import nl.perspectief.training.session.web.SessionRequests.CertificateAnswer;
import nl.perspectief.training.session.web.SessionRequests.EnrolRequest;
import nl.perspectief.training.session.web.SessionRequests.EnrolmentAnswer;
import nl.perspectief.training.session.web.SessionRequests.PlanSessionRequest;
import nl.perspectief.training.session.web.SessionRequests.PositionRequest;
import nl.perspectief.training.session.web.SessionRequests.SessionDetail;
import nl.perspectief.training.session.web.SessionRequests.StepAnswer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trainers' API of sessions (role TRAINER): the calendar, planning, a session with its enrolment list and waiting
 * list, its steps (open, start, cancel, complete), enrolling someone, cancelling an enrolment, moving someone on the
 * waiting list, a day's attendance, certificates and the PDFs. Each step may carry {@code If-Match} with the session's
 * version (see {@link IfMatch}) and answers the new version as {@code ETag}. Reading a session's participants, a
 * sign-in sheet or a certificate is in the access log ({@link SessionReading}).
 */
@RestController
@RequestMapping(path = "/api/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
class SessionController {

    static final String SESSION = "/{sessionId}";
    static final String ENROLMENT = SESSION + "/enrolments/{enrolmentId}";
    static final String DAY = SESSION + "/days/{day}";

    private final SessionReading reading;
    private final SessionSteps steps;
    private final JsonMapper json;
    private final PageForm forms;

    SessionController(SessionReading reading, SessionSteps steps, JsonMapper json, PageForm forms) {
        this.reading = reading;
        this.steps = steps;
        this.json = json;
        this.forms = forms;
    }

    /**
     * @param from     a date (2026-03-23): sessions whose last day is on or after it; absent for today
     * @param audience {@code PERPETRATORS} or {@code PROFESSIONALS}; absent for both
     */
    @GetMapping
    List<SessionSummaryView> sessions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) Audience audience) {
        return reading.sessions(ActingStaff.current(), from, audience);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> plan(@Valid @RequestBody PlanSessionRequest request) {
        SessionSteps.Done done = steps.plan(ActingStaff.current(), request);
        return ResponseEntity.created(URI.create("/api/sessions/" + done.sessionId()))
                .eTag(IfMatch.etag(done.version())).body(new StepAnswer(done.sessionId(), done.version()));
    }

    @GetMapping(SESSION)
    ResponseEntity<SessionDetail> session(@PathVariable UUID sessionId) {
        SessionDetail detail = SessionDetail.of(reading.session(ActingStaff.current(), sessionId));
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).cacheControl(CacheControl.noStore()).body(detail);
    }

    @PostMapping(SESSION + "/open")
    ResponseEntity<StepAnswer> open(@PathVariable UUID sessionId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return done(steps.open(ActingStaff.current(), sessionId, IfMatch.version(ifMatch)));
    }

    @PostMapping(SESSION + "/start")
    ResponseEntity<StepAnswer> start(@PathVariable UUID sessionId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return done(steps.start(ActingStaff.current(), sessionId, IfMatch.version(ifMatch)));
    }

    @PostMapping(path = SESSION + "/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> cancel(@PathVariable UUID sessionId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody CancelSessionRequest request) {
        return done(steps.cancel(ActingStaff.current(), sessionId, IfMatch.version(ifMatch), request.reason()));
    }

    @PostMapping(SESSION + "/complete")
    ResponseEntity<StepAnswer> complete(@PathVariable UUID sessionId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return done(steps.complete(ActingStaff.current(), sessionId, IfMatch.version(ifMatch)));
    }

    @PostMapping(path = SESSION + "/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EnrolmentAnswer> enrol(@PathVariable UUID sessionId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody EnrolRequest request) {
        SessionSteps.Enrolled enrolled = steps.enrol(ActingStaff.current(), sessionId, IfMatch.version(ifMatch), request);
        return ResponseEntity.created(URI.create("/api/sessions/" + sessionId)).eTag(IfMatch.etag(enrolled.version()))
                .body(new EnrolmentAnswer(sessionId, enrolled.enrolmentId(), enrolled.status(),
                        enrolled.waitingPosition(), enrolled.version()));
    }

    @PostMapping(ENROLMENT + "/cancel")
    ResponseEntity<StepAnswer> cancelEnrolment(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return done(steps.cancelEnrolment(ActingStaff.current(), sessionId, IfMatch.version(ifMatch), enrolmentId));
    }

    @PostMapping(path = SESSION + "/waiting-list/{enrolmentId}/position", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> move(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody PositionRequest request) {
        return done(steps.moveOnWaitingList(ActingStaff.current(), sessionId, IfMatch.version(ifMatch), enrolmentId,
                request.position(), request.reason()));
    }

    /** One mark {@code {"enrolmentId", "mark"}}, or a list of them, all taken or none. */
    @PostMapping(path = DAY + "/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StepAnswer> attendance(@PathVariable UUID sessionId,
                                          @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody JsonNode body) {
        return done(steps.recordAttendance(ActingStaff.current(), sessionId, IfMatch.version(ifMatch), day,
                marks(body)));
    }

    @PostMapping(ENROLMENT + "/certificate")
    ResponseEntity<CertificateAnswer> certificate(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        SessionSteps.Issued issued = steps.issueCertificate(ActingStaff.current(), sessionId, IfMatch.version(ifMatch),
                enrolmentId);
        return ResponseEntity.created(URI.create("/api/sessions/" + sessionId + "/enrolments/" + enrolmentId
                        + "/certificate.pdf"))
                .eTag(IfMatch.etag(issued.version()))
                .body(new CertificateAnswer(sessionId, enrolmentId, issued.certificateId(), issued.verificationCode(),
                        issued.checkAddress(), issued.version()));
    }

    @GetMapping(path = ENROLMENT + "/certificate.pdf", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> certificatePdf(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId) {
        return pdf(reading.certificate(ActingStaff.current(), sessionId, enrolmentId));
    }

    @GetMapping(path = DAY + "/sign-in-sheet.pdf", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> signInSheet(@PathVariable UUID sessionId,
                                       @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return pdf(reading.signInSheet(ActingStaff.current(), sessionId, day));
    }

    /** A PDF download, never cached: it names participants. */
    static ResponseEntity<byte[]> pdf(SessionReading.Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
                        .build().toString())
                .body(document.bytes());
    }

    /** The marks of a body that is one mark or a list of them, read and checked as a body of either is. */
    private List<AttendanceRequest> marks(JsonNode body) {
        List<AttendanceRequest> marks = new ArrayList<>();
        try {
            if (body != null && body.isArray()) {
                if (body.size() == 0 || body.size() > SessionRequests.MAX_MARKS) {
                    throw new InvalidFormException(List.of(new FieldProblem("$", "Size",
                            "must hold 1 to " + SessionRequests.MAX_MARKS + " marks")));
                }
                for (JsonNode mark : body) {
                    marks.add(json.treeToValue(mark, AttendanceRequest.class));
                }
            } else if (body != null && body.isObject()) {
                marks.add(json.treeToValue(body, AttendanceRequest.class));
            } else {
                throw new InvalidFormException(List.of(new FieldProblem("$", "Type",
                        "must be one mark {enrolmentId, mark} or a list of them")));
            }
        } catch (JacksonException unreadable) {
            throw new InvalidFormException(List.of(JsonBodyProblems.of(unreadable)));
        }
        marks.forEach(forms::checked);
        return marks;
    }

    private static ResponseEntity<StepAnswer> done(SessionSteps.Done done) {
        return ResponseEntity.ok().eTag(IfMatch.etag(done.version())).body(new StepAnswer(done.sessionId(), done.version()));
    }
}
