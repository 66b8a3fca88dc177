package nl.perspectief.training.certificate.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.Problems;
import nl.perspectief.training.session.api.CertificateCheckView;

/** The certificate check for anyone, as JSON: the same answer as the page ({@link CertificateCheckPages}). */
@RestController
class CertificateCheckController {

    private final CertificateChecks checks;

    CertificateCheckController(CertificateChecks checks) {
        this.checks = checks;
    }

    @Operation(summary = "Check a certificate's verification code", description = "Whether a certificate with this code "
            + "was issued, and if so for which course and on which dates; never whose it is. At most 5 checks a minute "
            + "per client address and 200 a minute overall (429 with Retry-After), counted with the page's checks.")
    @ApiResponse(responseCode = "200", description = "valid, with the course and its dates; or not valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CertificateCheckView.class)))
    @ApiResponse(responseCode = "429", description = "Too many checks from this address or overall",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again"))
    @GetMapping(path = "/api/public/certificates/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    CertificateCheckView check(@PathVariable String code) {
        return checks.check(code);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> malformed(CertificateChecks.MalformedCodeException exception) {
        return Problems.respond(Problems.invalid("validation", "This is not a verification code.", List.of(
                new FieldProblem("code", "Pattern", "must be the certificate's code: letters and digits, at most 32"))));
    }
}
