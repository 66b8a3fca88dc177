package nl.perspectief.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A token that could not be checked because the identity provider cannot be reached is not the caller's fault:
 * 503 with {@code Retry-After}, not Spring's 500 (and not a 401 that would send them to sign in again). Every
 * other failure is the 401 of a token that is not good.
 */
final class StaffTokenFailures implements AuthenticationFailureHandler {

    private final ProblemAuthenticationEntryPoint unauthenticated;

    StaffTokenFailures(ProblemAuthenticationEntryPoint unauthenticated) {
        this.unauthenticated = unauthenticated;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                    "Your token cannot be checked now: the identity provider cannot be reached. Try again shortly.");
            return;
        }
        unauthenticated.commence(request, response, exception);
    }
}
