package nl.perspectief.intake.registration.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem, with {@code errors} for validation failures. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(URI type, String title, int status, String detail, List<FieldProblem> errors) {

    private static final String TYPES = "https://perspectief.nl/problems/";

    static Problem of(String type, HttpStatus status, String detail, List<FieldProblem> errors) {
        return new Problem(URI.create(TYPES + type), status.getReasonPhrase(), status.value(), detail, errors);
    }

    ResponseEntity<Problem> toResponse() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(this);
    }
}
