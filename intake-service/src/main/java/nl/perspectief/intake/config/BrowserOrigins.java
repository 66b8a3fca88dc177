package nl.perspectief.intake.config;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import nl.perspectief.problems.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which browser pages may post a registration directly (CORS): the configured origins only, and only the
 * {@code POST} of a registration; every other path has no CORS at all (staff pages are served same-origin).
 * A preflight or a post from any other origin is refused with {@code 403} problem+json naming the rule,
 * like every other refusal of the service, instead of Spring's plain-text "Invalid CORS request".
 */
final class BrowserOrigins {

    private BrowserOrigins() {
    }

    static CorsFilter filter(List<String> allowedOrigins, JsonMapper json) {
        CorsFilter cors = new CorsFilter(registrationsFrom(allowedOrigins));
        cors.setCorsProcessor(new RefusingAsProblem(json));
        return cors;
    }

    private static UrlBasedCorsConfigurationSource registrationsFrom(List<String> allowedOrigins) {
        CorsConfiguration registrations = new CorsConfiguration();
        registrations.setAllowedOrigins(allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        registrations.setAllowedMethods(List.of(HttpMethod.POST.name()));
        registrations.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, "Idempotency-Key"));
        registrations.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
        registrations.setAllowCredentials(false);
        registrations.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(IntakeSecurity.REGISTRATIONS, registrations);
        return source;
    }

    private static final class RefusingAsProblem extends DefaultCorsProcessor {

        private final JsonMapper json;

        RefusingAsProblem(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            ProblemDetail refusal = Problems.problem(HttpStatus.FORBIDDEN, "origin-not-allowed",
                    HttpStatus.FORBIDDEN.getReasonPhrase(), "this origin may not call this endpoint from a browser");
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getHeaders().setCacheControl("no-store");
            response.getBody().write(json.writeValueAsBytes(Problems.asMap(refusal)));
            response.flush();
        }
    }
}
