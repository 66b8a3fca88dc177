package nl.perspectief.training.enrolment.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.perspectief.publicdefences.StrictJsonReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API of the course calendar: anyone may read the professionals' sessions open for enrolment and enrol
 * in one, without an account. The same as the pages ({@link EnrolmentPages}), through the same application service.
 */
@RestController
@RequestMapping(path = "/api/public/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicEnrolmentController {

    private final PublicSessions sessions;
    private final PublicEnrolments enrolments;
    private final StrictJsonReader<EnrolmentRequest> reader;

    PublicEnrolmentController(PublicSessions sessions, PublicEnrolments enrolments, JsonMapper json) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.reader = new StrictJsonReader<>(json, EnrolmentRequest.class, "an enrolment");
    }

    @Operation(summary = "The professionals' sessions open for enrolment", description = "By their first day: the "
            + "course, the days with their hours (Europe/Amsterdam), where, net hours, accreditation points, places left "
            + "or the waiting list. Nothing about who enrolled.")
    @ApiResponse(responseCode = "200", description = "The calendar", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = PublicSession.class))))
    @GetMapping
    List<PublicSession> calendar() {
        return sessions.calendar();
    }

    @Operation(summary = "Enrol in a professionals' session", description = "A place when there is one, else the "
            + "waiting list at its end. One enrolment per person (e-mail address) per session. At most 5 a minute per "
            + "client address and 200 a minute overall (429 with Retry-After, before the body is read); a body over "
            + "16 KiB is refused with 413.")
    @ApiResponse(responseCode = "201", description = "Enrolled: CONFIRMED, or WAITING at waitingPosition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EnrolmentAnswer.class)))
    @ApiResponse(responseCode = "404", description = "No professionals' session with this id ahead")
    @ApiResponse(responseCode = "413", description = "The body is over 16 KiB")
    @ApiResponse(responseCode = "422", description = "Refused by a rule of the session (training-rule: AlreadyEnrolled, "
            + "EnrolmentClosed, SessionCancelled), or an Idempotency-Key used before with another request "
            + "(idempotency-key-reused)")
    @ApiResponse(responseCode = "429", description = "Too many enrolments from this address or overall",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again"))
    @PostMapping(path = "/{sessionId}/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EnrolmentAnswer enrol(
            @PathVariable UUID sessionId,
            // read as bytes (StrictJsonReader binds it, naming every bad field); described as what it is
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EnrolmentRequest.class)))
            @RequestBody(required = false) byte[] body,
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first answer "
                    + "again and enrols nobody new; with another body it is refused with 422. 1 to 255 printable ASCII "
                    + "characters.")
            @RequestHeader(name = PublicEnrolments.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        StrictJsonReader.Bound<EnrolmentRequest> bound = reader.read(body);
        if (bound.value() == null) {
            throw new InvalidEnrolmentException(bound.problems());
        }
        return enrolments.enrol(sessionId, bound.value(), bound.problems(), idempotencyKey,
                LocaleContextHolder.getLocale());
    }
}
