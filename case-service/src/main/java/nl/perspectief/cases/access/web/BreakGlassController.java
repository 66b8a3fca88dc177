package nl.perspectief.cases.access.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.access.BreakGlassGrant;
import nl.perspectief.cases.casefile.web.CaseController;
import nl.perspectief.cases.steps.CaseStepApi;

/**
 * Break-glass: a mediator covering for an absent colleague asks to read a case not assigned to them, with
 * a written reason, for a limited time. Granted at once (it is an emergency measure), logged in the access
 * log, counted in {@value #COUNTER}, and listed for compliance with its reason. Reads by the grant are
 * logged with {@code break_glass = true} and the grant's id; steps stay refused: to act, the desk reassigns.
 */
@RestController
@CaseStepApi
public class BreakGlassController {

    public static final String BREAK_GLASS = "/break-glass";
    static final String GRANTS = "/api/break-glass-grants";
    static final String COUNTER = BreakGlassAccess.COUNTER;

    private final BreakGlassAccess breakGlass;
    private final ActingStaffMember acting;

    BreakGlassController(BreakGlassAccess breakGlass, ActingStaffMember acting) {
        this.breakGlass = breakGlass;
        this.acting = acting;
    }

    @Operation(summary = "Break the glass: read a colleague's case for a while",
            description = "For a mediator covering for an absent colleague, with a written reason and a duration (at "
                    + "most 240 minutes, default 60). Granted at once, for reading only; logged and listed for compliance.")
    @ApiResponse(responseCode = "201", description = "Granted until expiresAt")
    @PostMapping(CaseController.CASES + "/{caseId}" + BREAK_GLASS)
    ResponseEntity<GrantAnswer> breakGlass(@PathVariable UUID caseId, @Valid @RequestBody BreakGlassRequest body,
                                           HttpServletRequest request) {
        BreakGlassGrant grant = breakGlass.grant(acting.of(request), caseId, body.reason(),
                Duration.ofMinutes(body.minutesOrDefault()));
        return ResponseEntity.created(URI.create(CaseController.CASES + "/" + caseId))
                .body(new GrantAnswer(grant.grantId(), caseId, grant.grantedAt(), grant.expiresAt()));
    }

    /** Compliance's list: every grant in the period, newest first, with its reason. */
    @Operation(summary = "The break-glass grants, newest first, with their reasons")
    @GetMapping(GRANTS)
    GrantList grantsBetween(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                            HttpServletRequest request) {
        return new GrantList(breakGlass.grantedBetween(acting.of(request), from, to, page, size), page, size);
    }

    /**
     * @param reason  why the mediator needs the case now, in their words (kept encrypted with the case)
     * @param minutes how long the access lasts; 60 when not given
     */
    record BreakGlassRequest(@NotNull @Size(min = 20, max = 1000) String reason, @Min(1) @Max(240) Integer minutes) {

        int minutesOrDefault() {
            return minutes == null ? 60 : minutes;
        }
    }

    record GrantAnswer(UUID grantId, UUID caseId, Instant grantedAt, Instant expiresAt) {
    }

    record GrantList(List<BreakGlassGrant> grants, int page, int size) {
    }

    /** Break-glass is for a colleague's case; a mediator's own case needs none. */
    public static class BreakGlassNotNeededException extends RuntimeException {
        BreakGlassNotNeededException() {
            super("This case is assigned to you: you need no break-glass access to read it.");
        }
    }

    public static class PeriodReversedException extends RuntimeException {
        PeriodReversedException() {
            super("from must not be after to");
        }
    }
}
