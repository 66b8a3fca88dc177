package nl.perspectief.problems;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.correlation.CorrelationId;

/**
 * The problem vocabulary of every service (RFC 9457, {@code application/problem+json}): a {@code type} under
 * {@link #TYPE_BASE}, the status's {@code title}, a {@code detail} written for the person who sent the request,
 * {@code errors} naming each field or header and its rule where the request was invalid, and the
 * {@code correlationId} a person can quote to the desk. Every layer that refuses a request builds its answer
 * here, so they all look alike; none of them quotes a submitted value.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://perspectief.nl/problems/";
    public static final String ERRORS = "errors";
    public static final String RULE = "rule";
    public static final String CORRELATION_ID = "correlationId";

    /** The generic type of a refusal that has no more specific one, by status. */
    private static final Map<Integer, String> TYPES = Map.ofEntries(
            Map.entry(400, "validation"),
            Map.entry(401, "unauthenticated"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(408, "request-timeout"),
            Map.entry(409, "conflict"),
            Map.entry(413, "payload-too-large"),
            Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable"),
            Map.entry(428, "precondition-required"),
            Map.entry(429, "rate-limited"),
            Map.entry(431, "headers-too-large"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "service-unavailable"));

    /** What a refusal of this status says when nothing more specific is known; no part of the request in it. */
    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "The request cannot be read as it is."),
            Map.entry(401, "Sign in: this endpoint needs a valid, unexpired staff token from the organisation's identity provider."),
            Map.entry(403, "Your role may not use this endpoint."),
            Map.entry(404, "There is nothing at this address."),
            Map.entry(405, "This address does not answer this method; the Allow header names those it answers."),
            Map.entry(406, "This address cannot answer in a media type the Accept header asks for."),
            Map.entry(408, "The request took too long to arrive."),
            Map.entry(413, "The request is larger than this endpoint accepts."),
            Map.entry(414, "The address is longer than this service accepts."),
            Map.entry(415, "This endpoint does not accept the body's Content-Type."),
            Map.entry(431, "The request's headers are larger than this service accepts."),
            Map.entry(500, "The service could not answer this request; quote the correlation id when you report it."),
            Map.entry(503, "The service cannot answer now; try again later."));

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        CorrelationId.current().ifPresent(id -> problem.setProperty(CORRELATION_ID, id));
        return problem;
    }

    /** The answer of this status when nothing more is known than the status itself. */
    public static ProblemDetail ofStatus(HttpStatusCode status) {
        return problem(status, typeOf(status), titleOf(status), detailOf(status));
    }

    /**
     * The answer of this status from a layer that knows only the status: the container, or the error dispatch after
     * a filter refused. A 400 from there is a request line, path or header that is not valid HTTP.
     */
    public static ProblemDetail ofStatusOnly(HttpStatusCode status) {
        ProblemDetail problem = ofStatus(status);
        if (status.value() == 400) {
            problem.setProperty(ERRORS, List.of(new FieldProblem("request", "MalformedRequest",
                    "the request line, its path or one of its headers is not valid HTTP, or not allowed here")));
        }
        return problem;
    }

    /** 415: the body's Content-Type is not one the endpoint takes. */
    public static ProblemDetail unsupportedMediaType(List<MediaType> supported) {
        ProblemDetail problem = ofStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        String allowed = supported.isEmpty() ? "none: this endpoint takes no body" : MediaType.toString(supported);
        problem.setProperty(ERRORS, List.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, "MediaType",
                "must be one of: " + allowed)));
        return problem;
    }

    /** 406: the Accept header takes nothing the endpoint can answer in. */
    public static ProblemDetail notAcceptable(List<MediaType> supported) {
        ProblemDetail problem = ofStatus(HttpStatus.NOT_ACCEPTABLE);
        problem.setProperty(ERRORS, List.of(new FieldProblem(HttpHeaders.ACCEPT, "MediaType",
                "must accept one of: " + MediaType.toString(supported))));
        return problem;
    }

    /** 400: the request broke these rules; {@code type} says of what ({@code validation} when in doubt). */
    public static ProblemDetail invalid(String type, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, type, "Invalid request", detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    public static ProblemDetail invalid(FieldProblem... errors) {
        return invalid("validation", "The request is invalid; see errors.", List.of(errors));
    }

    /** 422 or 403: a rule of the domain refused the request; {@code rule} is its published name. */
    public static ProblemDetail ruleBroken(HttpStatusCode status, String type, String rule, String title, String detail) {
        ProblemDetail problem = problem(status, type, title, detail);
        problem.setProperty(RULE, rule);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return respond(problem, HttpHeaders.EMPTY);
    }

    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).cacheControl(CacheControl.noStore()).body(problem);
    }

    /** For the layers below Spring MVC (filters, the container): the problem written straight to the response. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(ProblemJson.bytes(problem));
    }

    /** The problem's members as they go on the wire, its extensions beside the standard ones. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            members.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    public static String typeOf(HttpStatusCode status) {
        return TYPES.getOrDefault(status.value(), status.is4xxClientError() ? "bad-request" : "internal-error");
    }

    public static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

    public static String detailOf(HttpStatusCode status) {
        return DETAILS.getOrDefault(status.value(), status.is4xxClientError()
                ? "The request was refused." : "The service could not answer this request.");
    }
}
