package nl.perspectief.training.course.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import nl.perspectief.problems.Problems;
import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * A rule of a course or a session that refused a step, as the trainers' API answers it: 422 {@code training-rule}
 * naming the rule ({@code CancellationNeedsAReason}), titled in words, the detail naming ids and figures only. Shared
 * by the course and the session API, so a rule reads alike wherever it refuses.
 */
public final class TrainingRuleProblems {

    private TrainingRuleProblems() {
    }

    public static ResponseEntity<ProblemDetail> refused(TrainingRuleException exception) {
        String rule = exception.rule();
        return Problems.respond(Problems.ruleBroken(HttpStatus.UNPROCESSABLE_CONTENT, "training-rule", rule, words(rule),
                exception.getMessage() + "."));
    }

    /** {@code CancellationNeedsAReason} as "Cancellation needs a reason". */
    static String words(String rule) {
        String spaced = rule.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
