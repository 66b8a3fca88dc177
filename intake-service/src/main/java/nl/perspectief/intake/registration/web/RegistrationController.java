package nl.perspectief.intake.registration.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.perspectief.intake.registration.api.Applicant;
import nl.perspectief.intake.registration.api.FindRegistrationStatusQuery;
import nl.perspectief.intake.registration.api.Incident;
import nl.perspectief.intake.registration.api.OtherParty;
import nl.perspectief.intake.registration.api.PostalAddress;
import nl.perspectief.intake.registration.api.Referrer;
import nl.perspectief.intake.registration.api.RegistrationReceipt;
import nl.perspectief.intake.registration.api.RegistrationStatusView;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.Problems;
import nl.perspectief.publicdefences.Honeypot;
import nl.perspectief.publicdefences.StrictJsonReader;
import tools.jackson.databind.json.JsonMapper;

/** The public registration endpoint of the website. Logs ids and references only, never what was registered. */
@RestController
@RequestMapping("/api/registrations")
class RegistrationController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final StrictJsonReader<RegistrationRequest> reader;
    private final RegistrationRequestRules rules;
    private final Honeypot honeypot;
    private final HoneypotAnswers honeypotAnswers;
    private final JsonMapper json;
    private final Clock clock;

    RegistrationController(CommandGateway commands, QueryGateway queries, RegistrationRequestRules rules,
                           Honeypot honeypot, HoneypotAnswers honeypotAnswers, JsonMapper json, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.reader = new StrictJsonReader<>(json, RegistrationRequest.class, "a registration");
        this.rules = rules;
        this.honeypot = honeypot;
        this.honeypotAnswers = honeypotAnswers;
        this.json = json;
        this.clock = clock;
    }

    @Operation(summary = "Register (the website's form)", description = "Stores the registration and answers its id "
            + "and reference; nothing is stored on a refusal. At most 10 a minute per client address and 300 a minute "
            + "overall (429 with Retry-After, before the body is read); a body over 64 KiB is refused with 413.")
    @ApiResponse(responseCode = "201", description = "Registered; Location is the registration's status",
            headers = @Header(name = "Location", description = "/api/registrations/{registrationId}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SubmittedResponse.class)))
    @ApiResponse(responseCode = "413", description = "The body is over 64 KiB")
    @ApiResponse(responseCode = "429", description = "Too many registrations from this address or overall",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again"))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmittedResponse> submit(
            // read as bytes (StrictJsonReader binds it, naming every bad field); described as what it is
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RegistrationRequest.class)))
            @RequestBody(required = false) byte[] body,
            @Parameter(description = "Makes a retry safe: the same key with the same body answers the first answer "
                    + "again and stores nothing new; with another body it is refused with 422. 1 to 255 printable "
                    + "ASCII characters.")
            @RequestHeader(name = RegistrationRequestRules.IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey) {
        StrictJsonReader.Bound<RegistrationRequest> bound = reader.read(body);
        RegistrationRequest request = bound.value();
        if (request != null && honeypot.caught(RegistrationDefences.ENDPOINT, request.website())) {
            return created(honeypotAnswers.plausibleReceipt());
        }
        List<FieldProblem> problems = request == null ? bound.problems()
                : RegistrationRequestRules.merge(bound.problems(), rules.check(request, idempotencyKey));
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        RegistrationReceipt receipt = commands.sendAndWait(toCommand(request, idempotencyKey));
        log.info("Registration {} accepted with reference {}", receipt.registrationId(), receipt.reference());
        return created(receipt);
    }

    @Operation(summary = "A registration's reference and when it arrived", description = "No personal data.")
    @ApiResponse(responseCode = "200", description = "The registration's status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RegistrationStatusView.class)))
    @ApiResponse(responseCode = "404", description = "No registration with this id")
    @GetMapping(path = "/{registrationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> status(@PathVariable UUID registrationId) {
        Optional<RegistrationStatusView> view = queries.query(new FindRegistrationStatusQuery(registrationId),
                ResponseTypes.optionalInstanceOf(RegistrationStatusView.class)).join();
        return view.<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "registration-not-found",
                        HttpStatus.NOT_FOUND.getReasonPhrase(), "no registration with this id")));
    }

    private static ResponseEntity<SubmittedResponse> created(RegistrationReceipt receipt) {
        return ResponseEntity.created(URI.create("/api/registrations/" + receipt.registrationId()))
                .body(new SubmittedResponse(receipt.registrationId(), receipt.reference()));
    }

    private SubmitRegistrationCommand toCommand(RegistrationRequest request, String idempotencyKey) {
        var applicant = request.applicant();
        var address = applicant.postalAddress();
        var incident = request.incident();
        var otherParty = request.otherParty();
        var referrer = request.referrer();
        return new SubmitRegistrationCommand(
                UUID.randomUUID(),
                clock.instant(),
                new Applicant(UUID.randomUUID(), applicant.role(), applicant.fullName().strip(),
                        orNull(applicant.email()), orNull(applicant.phone()),
                        address == null ? null : new PostalAddress(address.street().strip(), address.postalCode().strip(),
                                address.city().strip(), orNull(address.country())),
                        applicant.preferredChannel(), applicant.safeToLeaveMessages(), applicant.minor(),
                        orNull(request.story())),
                new Incident(incident.category(), orNull(incident.approximateDate()), incident.policeReportFiled(),
                        incident.criminalProceedings()),
                new OtherParty(UUID.randomUUID(), otherParty.known(), orNull(otherParty.fullName()),
                        orNull(otherParty.relationship())),
                referrer == null ? null : new Referrer(UUID.randomUUID(), referrer.organisation().strip(),
                        referrer.fullName().strip(), orNull(referrer.email()), orNull(referrer.phone()),
                        referrer.clientConsentConfirmed()),
                request.privacyStatementAccepted(),
                idempotencyKey,
                idempotencyKey == null ? null : sha256Of(request));
    }

    /** The hash of the request as parsed, so that a repeat that differs only in whitespace or field order still matches. */
    private String sha256Of(RegistrationRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String orNull(String value) {
        return RegistrationRequestRules.present(value) ? value.strip() : null;
    }

    record SubmittedResponse(UUID registrationId, String reference) {
    }
}
