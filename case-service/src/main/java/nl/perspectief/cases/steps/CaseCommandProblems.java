package nl.perspectief.cases.steps;

import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.BreakGlassController;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.casefile.command.NotTheAssignedMediatorException;
import nl.perspectief.cases.consent.api.ConsentNotActiveException;
import nl.perspectief.cases.casefile.command.IdempotencyKeyReusedException;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;

/**
 * The refused steps of a case, in the services' problem vocabulary (the shared handler answers malformed
 * requests alike):
 * <ul>
 * <li>400 bad input, every bad field named in {@code errors[{field, rule, message}]};</li>
 * <li>403 a rule about who may take the step ({@code TriageIsForTheDesk}, {@code NotTheAssignedMediator} for
 * anyone but a mediator, who is answered 404 instead);</li>
 * <li>422 any other rule of the case, whatever state it is in: {@code rule} is the rule's published name
 * ({@link CaseRuleException#rule()}), consent rules add {@code missingConsents};</li>
 * <li>404 unknown case; 409 stale {@code If-Match}, with {@code currentVersion}; 428 no {@code If-Match}.</li>
 * </ul>
 * The rule exceptions are the one part of {@code casefile.command} the web layer may know (the
 * architecture test allows exactly that): their names are the rules' published names.
 */
@RestControllerAdvice(annotations = CaseStepApi.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the shared fallback
class CaseCommandProblems extends ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CaseCommandProblems.class);
    private static final String PROBLEMS = "https://perspectief.nl/problems/";

    private final CaseVersions versions;

    CaseCommandProblems(CaseVersions versions) {
        this.versions = versions;
    }

    // ---- who and which version

    /**
     * A mediator's step on a case not theirs answers exactly as a step on no case: {@link #unknownCase}'s
     * words (MediatorsOwnCasesOnly refuses it before anything else is looked at).
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> caseNotFound(CaseNotFoundException exception, HttpServletRequest request) {
        return unknownCase(request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ifMatchMissing(ExpectedVersion.IfMatchMissingException exception,
                                                 HttpServletRequest request) {
        CaseCommandLog.outcome(request, "NO_IF_MATCH");
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                "Every step of a case needs If-Match with the version you last saw (the ETag of the last answer), "
                        + "so that no one overwrites another's step unseen.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ifMatchMalformed(ExpectedVersion.IfMatchMalformedException exception,
                                                   HttpServletRequest request) {
        CaseCommandLog.outcome(request, "INVALID");
        return invalid(new FieldProblem("If-Match", "Version", "must be one version in quotes, such as \"3\""));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> idempotencyKeyMalformed(IdempotencyKey.IdempotencyKeyMalformedException exception,
                                                          HttpServletRequest request) {
        CaseCommandLog.outcome(request, "INVALID");
        return invalid(new FieldProblem(IdempotencyKey.HEADER, "IdempotencyKey",
                "must be 1 to 255 printable ASCII characters"));
    }

    /** As intake answers a reused key on registrations: the same type, so a client handles both alike. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException exception,
                                                       HttpServletRequest request) {
        // the case id made for this request was never used: the log line names none
        request.removeAttribute(CaseSteps.CREATED_CASE);
        CaseCommandLog.outcome(request, "REFUSED:IdempotencyKeyReused");
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Idempotency-Key reused", "This Idempotency-Key was used before with a different request; "
                        + "use a new key for a new case.");
        answer.getBody().setProperty("rule", "IdempotencyKeyReused");
        return answer;
    }

    // ---- break-glass

    @ExceptionHandler
    ResponseEntity<ProblemDetail> breakGlassNotNeeded(BreakGlassController.BreakGlassNotNeededException exception) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.UNPROCESSABLE_CONTENT, "case-rule",
                "Break glass not needed", exception.getMessage());
        answer.getBody().setProperty("rule", "BreakGlassNotNeeded");
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> periodReversed(BreakGlassController.PeriodReversedException exception) {
        return invalid(new FieldProblem("from", "FromNotAfterTo", "must not be after to"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> readForbidden(ReadForbiddenException exception) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", exception.getMessage());
    }

    // ---- rules of the case

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(ConflictingModificationException exception, HttpServletRequest request) {
        return stale(request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(ConcurrencyException exception, HttpServletRequest request) {
        return stale(request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownCase(AggregateNotFoundException exception, HttpServletRequest request) {
        return unknownCase(request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(CaseRuleException exception, HttpServletRequest request) {
        String rule = exception.rule();
        if (exception instanceof NotTheAssignedMediatorException && Actors.current() != null
                && "MEDIATOR".equals(Actors.current().role())) {
            // reassigned between the check and the step: still not a case this mediator may know of
            return unknownCase(request);
        }
        CaseCommandLog.outcome(request, "REFUSED:" + rule);
        HttpStatus status = exception.aboutWhoMayAct() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
        // rule messages name ids, fields and staff roles only, never personal data (CaseRuleException)
        ResponseEntity<ProblemDetail> answer = problem(status, "case-rule", words(rule), exception.getMessage() + ".");
        ProblemDetail problem = answer.getBody();
        problem.setProperty("rule", rule);
        if (exception instanceof ConsentNotActiveException consentMissing) {
            problem.setProperty("missingConsents", consentMissing.missing().stream()
                    .map(c -> new MissingConsent(c.partyId(), c.purpose().name(), c.form() == null ? null : c.form().name(),
                            c.recipient()))
                    .toList());
        }
        return answer;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(RuntimeException exception, HttpServletRequest request) {
        return failedStep(exception, request);
    }

    /** Not a refusal: the service could not take the step (database away, …); none of its internals go out. */
    private ResponseEntity<ProblemDetail> failedStep(RuntimeException exception, HttpServletRequest request) {
        CaseCommandLog.outcome(request, "FAILED");
        log.error("case command failed: {}", exception.getClass().getName());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Step not taken",
                "The step could not be completed now; read the case before trying it again.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException exception, HttpServletRequest request) {
        return failedStep(exception, request);
    }

    // ---- bad input

    /** Every malformed step the shared handler refuses is logged as an invalid command. */
    @Override
    protected void refused(HttpServletRequest request, ProblemDetail problem) {
        CaseCommandLog.outcome(request, "INVALID");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> malformedPathVariable(MethodArgumentTypeMismatchException exception,
                                                        HttpServletRequest request) {
        CaseCommandLog.outcome(request, "INVALID");
        if (exception.getRequiredType() == UUID.class) {
            return invalid(new FieldProblem(exception.getName(), "UUID", "must be a UUID"));
        }
        return invalid(new FieldProblem(exception.getName(), "Type", "must be an ISO-8601 instant, such as 2026-11-22T10:00:00Z"));
    }


    private ResponseEntity<ProblemDetail> unknownCase(HttpServletRequest request) {
        CaseCommandLog.outcome(request, "NOT_FOUND");
        UUID caseId = caseIdOf(request);
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "There is no case " + (caseId == null ? "with that id" : caseId) + ".");
    }

    /** The current version from the event store itself: what the client must read before trying again. */
    private ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
        UUID caseId = caseIdOf(request);
        Long current = caseId == null ? null : versions.current(caseId).orElse(null);
        Long expected = request.getAttribute(ExpectedVersion.class.getName()) instanceof ExpectedVersion version
                ? version.value() : null;
        CaseCommandLog.outcome(request, "STALE_VERSION", current);
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "stale-version", "The case has moved on",
                "Someone took a step on this case since version " + (expected == null ? "you saw" : expected)
                        + "; read the case again (version " + (current == null ? "unknown" : current)
                        + ") and decide whether your step still applies.");
        if (expected != null) {
            answer.getBody().setProperty("expectedVersion", expected);
        }
        if (current != null) {
            answer.getBody().setProperty("currentVersion", current);
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .eTag(ExpectedVersion.etagOf(current))
                    .body(answer.getBody());
        }
        return answer;
    }

    private static ResponseEntity<ProblemDetail> invalid(FieldProblem... errors) {
        return Problems.respond(Problems.invalid("validation",
                "The request cannot be a step of a case as it is; see errors.", List.of(errors)));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        return Problems.respond(Problems.problem(status, type, title, detail));
    }

    private static UUID caseIdOf(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof java.util.Map<?, ?> variables
                && variables.get("caseId") instanceof String caseId) {
            try {
                return UUID.fromString(caseId);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return request.getAttribute(CaseSteps.CREATED_CASE) instanceof UUID created ? created : null;
    }

    /** "OtherPartyApproachedWithoutConsent" → "Other party approached without consent". */
    private static String words(String rule) {
        String spaced = rule.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }


    /** A consent the step needs, as the mediator must ask for it; ids, and the recipient an organisation. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record MissingConsent(UUID partyId, String purpose, String form, String recipient) {
    }
}
