package nl.perspectief.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code 401} for a request without a valid staff token: the standard bearer-token challenge header
 * (RFC 6750, from Spring Security) and a problem+json body.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        challenge.commence(request, response, exception);
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Sign in: this endpoint needs a valid, unexpired staff token from the organisation's identity provider.");
    }
}
