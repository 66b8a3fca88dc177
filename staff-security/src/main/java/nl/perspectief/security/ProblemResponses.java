package nl.perspectief.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.problems.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security refusals in the services' one problem vocabulary ({@link Problems}, RFC 9457),
 * written by the filters before any controller runs. Never says why a token was bad beyond what the
 * {@code WWW-Authenticate} header already tells, never echoes the token.
 */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                      String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>(Problems.asMap(
                Problems.problem(status, type, status.getReasonPhrase(), detail)));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
