package nl.perspectief.training.enrolment.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.perspectief.publicdefences.StrictJsonReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The professionals' door for perpetrators: with the referral link a trainer gave them (a probation officer, prison
 * staff), anyone holding it reads the session it is for and enrols a perpetrator in it, without an account. The same as
 * the page ({@link ReferralPages}), through the same application service as the public calendar's enrolment, with the
 * same defences. The token is the link's last part; an unknown, changed or revoked one is a 404, alike.
 */
@RestController
@RequestMapping(path = "/api/public/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralController {

    private final PublicEnrolments enrolments;
    private final StrictJsonReader<ReferralRequest> reader;

    ReferralController(PublicEnrolments enrolments, JsonMapper json) {
        this.enrolments = enrolments;
        this.reader = new StrictJsonReader<>(json, ReferralRequest.class, "a referral");
    }

    @Operation(summary = "The session a referral link is for", description = "The course, the days with their hours "
            + "(Europe/Amsterdam), where, places left or the waiting list, and whether it takes enrolments now. Nothing "
            + "about who enrolled.")
    @ApiResponse(responseCode = "200", description = "The session", content = @Content(
            schema = @Schema(implementation = PublicSession.class)))
    @ApiResponse(responseCode = "404", description = "No such link, revoked, or its session is over")
    @GetMapping("/{token}")
    ResponseEntity<PublicSession> session(@PathVariable String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(enrolments.referral(token).session());
    }

    @Operation(summary = "Enrol a perpetrator through a referral link", description = "A place when there is one, else "
            + "the waiting list at its end. The professional is recorded as who enrolled them and gets the mails about "
            + "the enrolment (and the perpetrator too, when an address is given). One enrolment per person per session: "
            + "by their address, or without one by their name and the professional's address. One budget with the "
            + "calendar's enrolment: at most 5 a minute per client address and 200 a minute overall (429 with "
            + "Retry-After, before the body is read); a body over 16 KiB is refused with 413.")
    @ApiResponse(responseCode = "201", description = "Enrolled: CONFIRMED, or WAITING at waitingPosition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EnrolmentAnswer.class)))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named with its rule")
    @ApiResponse(responseCode = "404", description = "No such link, revoked, or its session is over")
    @ApiResponse(responseCode = "413", description = "The body is over 16 KiB")
    @ApiResponse(responseCode = "422", description = "Refused by a rule of the session (training-rule: AlreadyEnrolled, "
            + "EnrolmentClosed, SessionCancelled), or an Idempotency-Key used before with another request "
            + "(idempotency-key-reused)")
    @ApiResponse(responseCode = "429", description = "Too many enrolments from this address or overall",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again"))
    @PostMapping(path = "/{token}/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EnrolmentAnswer enrol(
            @PathVariable String token,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReferralRequest.class)))
            @RequestBody(required = false) byte[] body,
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first answer "
                    + "again and enrols nobody new; with another body it is refused with 422. 1 to 255 printable ASCII "
                    + "characters.")
            @RequestHeader(name = PublicEnrolments.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        StrictJsonReader.Bound<ReferralRequest> bound = reader.read(body);
        if (bound.value() == null) {
            throw new InvalidEnrolmentException(bound.problems());
        }
        return enrolments.refer(token, bound.value(), bound.problems(), idempotencyKey, LocaleContextHolder.getLocale());
    }
}
