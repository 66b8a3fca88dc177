package nl.perspectief.messaging.correspondence.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

import nl.perspectief.messaging.attachments.AttachmentRefusedException;
import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.command.ExchangeNotOpenException;
import nl.perspectief.messaging.correspondence.command.NotTheAssignedMediatorException;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;

/**
 * The refusals of the correspondence API in the services' problem vocabulary (the shared handler answers malformed
 * requests alike): 404 for a case without correspondence or not the reader's; 422 {@code correspondence-rule} with
 * the rule's name (and, for a frozen exchange, its state); 400 naming {@code attachments} and the rule for a refused
 * file, or {@code If-Match}; 409 for a stale {@code If-Match}; 503 when the access log cannot be written.
 */
@RestControllerAdvice(assignableTypes = CorrespondenceController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class CorrespondenceProblems extends ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CorrespondenceProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(CorrespondenceNotFoundException exception) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no correspondence of this case that you may read."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> erased(CorrespondenceReading.AttachmentErasedException exception) {
        return Problems.respond(Problems.problem(HttpStatus.GONE, "erased", "Erased",
                "This attachment was erased with its writer's personal data."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(org.springframework.security.access.AccessDeniedException exception) {
        return Problems.respond(Problems.ofStatus(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException exception) {
        return notFound(null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownMessage(CorrespondenceSteps.UnknownMessageException exception) {
        return rule("UnknownMessage", "Unknown message", exception.getMessage() + ".", null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(CorrespondenceRuleException exception) {
        if (exception instanceof NotTheAssignedMediatorException) {
            // reassigned between the check and the step: no longer a correspondence this mediator may know of
            return notFound(null);
        }
        return rule(exception.rule(), words(exception.rule()), exception.getMessage() + ".",
                exception instanceof ExchangeNotOpenException frozen ? frozen.state().name() : null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> attachmentRefused(AttachmentRefusedException exception) {
        return Problems.respond(Problems.invalid("validation", "An attachment was refused; see errors.",
                java.util.List.of(new FieldProblem("attachments", exception.rule().publishedName(), exception.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notMultipart(MultipartException exception) {
        return Problems.respond(Problems.invalid(new FieldProblem("$", "Multipart",
                "must be multipart/form-data with a part 'message' and parts 'attachments'")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keptAttachment(CorrespondenceSteps.AttachmentNotOfTheVersionException exception) {
        return Problems.respond(Problems.invalid(new FieldProblem("keepAttachmentIds", "AttachmentOfTheVersion",
                "must name attachments of the message's current version only")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ifMatch(IfMatch.MalformedIfMatchException exception) {
        return Problems.respond(Problems.invalid(new FieldProblem("If-Match", "Version",
                "must be one version in quotes, such as \"3\"")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(ConflictingModificationException exception) {
        return Problems.respond(Problems.problem(HttpStatus.CONFLICT, "stale-version", "Stale version",
                "The correspondence moved on since the version in If-Match; read it again before this step."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessNotLogged(CorrespondenceAccessLog.AccessNotLoggedException exception) {
        return Problems.respond(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "access-log-unavailable",
                "Access log unavailable", "The read could not be written to the access log, so nothing is shown; "
                        + "try again later."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException exception) {
        log.error("correspondence command failed: {}", exception.getClass().getName());
        return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Step not taken",
                "The step could not be completed now; read the correspondence before trying it again."));
    }

    private static ResponseEntity<ProblemDetail> rule(String rule, String title, String detail, String state) {
        ProblemDetail problem = Problems.ruleBroken(HttpStatus.UNPROCESSABLE_CONTENT, "correspondence-rule", rule, title,
                detail);
        if (state != null) {
            problem.setProperty("exchangeState", state);
        }
        return Problems.respond(problem);
    }

    /** {@code DeliveryWithoutApproval} as "Delivery without approval". */
    static String words(String rule) {
        String spaced = rule.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
