package nl.perspectief.training.enrolment.web;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;
import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * The public enrolment API's refusals, the calendar's and the referral links', in the services' problem vocabulary
 * (the shared handler answers malformed requests alike): 400 naming every bad field and its rule; 404 for a session
 * that is not a professionals' session ahead, or a referral link that opens nothing; 422 {@code training-rule} with the rule's name, as the trainers' API answers a rule; 422
 * {@code idempotency-key-reused}, as intake's.
 */
@RestControllerAdvice(assignableTypes = {PublicEnrolmentController.class, ReferralController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PublicEnrolmentProblems extends ProblemExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidEnrolmentException exception) {
        return Problems.respond(Problems.invalid("validation", "The enrolment has " + exception.problems().size()
                + " invalid field(s); see errors.", exception.problems()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notPublic(SessionNotPublicException exception) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "session-not-found", "Not Found",
                "There is no session open to the public with this id."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noReferralLink(ReferralLinkNotFoundException exception) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "referral-link-not-found", "Not Found",
                "There is no referral link with this token, or it was revoked, or its session is over."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(TrainingRuleException exception) {
        return Problems.respond(Problems.ruleBroken(HttpStatus.UNPROCESSABLE_CONTENT, "training-rule", exception.rule(),
                words(exception.rule()), exception.getMessage() + "."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException exception) {
        return Problems.respond(Problems.ruleBroken(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "IdempotencyKeyReused", HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase(),
                "this Idempotency-Key was used before with a different request; use a new key for a new enrolment"));
    }

    /** {@code AlreadyEnrolled} as "Already enrolled". */
    static String words(String rule) {
        String spaced = rule.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
