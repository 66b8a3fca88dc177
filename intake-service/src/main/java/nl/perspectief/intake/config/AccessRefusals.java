package nl.perspectief.intake.config;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.cors.DefaultCorsProcessor;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of Spring Security as {@code application/problem+json}, never an HTML page: 401 without a valid
 * token, 403 for a role that may not, 403 for a browser origin that may not post. Bearer's own handlers
 * still set {@code WWW-Authenticate} (RFC 6750). Details name no token content and no personal data.
 */
final class AccessRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String TYPES = "https://perspectief.nl/problems/";

    private final AuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json;

    AccessRefusals(JsonMapper json) {
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Refusal(URI type, String title, int status, String detail) {

        static Refusal of(String type, HttpStatus status, String detail) {
            return new Refusal(URI.create(TYPES + type), status.getReasonPhrase(), status.value(), detail);
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        bearerEntryPoint.commence(request, response, refused);
        write(response, Refusal.of("unauthenticated", HttpStatus.UNAUTHORIZED,
                "this needs a valid access token of a signed-in staff member"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        bearerAccessDenied.handle(request, response, refused);
        write(response, Refusal.of("forbidden", HttpStatus.FORBIDDEN, "your role may not use this"));
    }

    private void write(HttpServletResponse response, Refusal refusal) throws IOException {
        response.setStatus(refusal.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), refusal);
    }

    /** Spring's CORS check, answering a refused origin with a problem instead of plain text. */
    DefaultCorsProcessor corsProcessor() {
        return new DefaultCorsProcessor() {
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                Refusal refusal = Refusal.of("origin-not-allowed", HttpStatus.FORBIDDEN,
                        "this origin may not call this endpoint from a browser");
                response.setStatusCode(HttpStatus.FORBIDDEN);
                response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
                response.getBody().write(json.writeValueAsBytes(refusal));
                response.flush();
            }
        };
    }
}
