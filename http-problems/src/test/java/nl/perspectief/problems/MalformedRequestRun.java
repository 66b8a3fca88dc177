package nl.perspectief.problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.perspectief.problems.MalformedRequests.Endpoint;
import nl.perspectief.problems.MalformedRequests.Kind;
import nl.perspectief.problems.MalformedRequests.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@code count} malformed requests, spread over the endpoints, and checks every answer against the rules
 * every service keeps: a 4xx (never a 5xx, never a success), {@code application/problem+json}, a problem of the
 * services' vocabulary with the correlation id, and for a 400 the fields and rules named. What it found is the
 * outcome's {@code defects}; its figures are printed for the closing notes and the CI log.
 */
public final class MalformedRequestRun {

    /** How many requests each run sends unless {@code -Dmalformed.requests=N} says otherwise. */
    public static final int DEFAULT_COUNT = 10_000;

    public record Outcome(String name, long seed, int sent, Map<Kind, Integer> perKind, Map<Integer, Integer> perStatus,
                          List<String> defects, Duration took) {

        public String report() {
            StringBuilder report = new StringBuilder("%s: %d malformed requests (seed %d) in %d ms, %.0f/s%n"
                    .formatted(name, sent, seed, took.toMillis(), sent * 1000.0 / Math.max(1, took.toMillis())));
            report.append("  per kind:  ");
            perKind.forEach((kind, n) -> report.append(kind).append('=').append(n).append(' '));
            report.append("%n  per status: ".formatted());
            perStatus.forEach((status, n) -> report.append(status).append('=').append(n).append(' '));
            report.append("%n  defects: %d%n".formatted(defects.size()));
            // one example of each sort of defect (what was wrong, for which kind), then how many there were of it
            Map<String, List<String>> sorts = new TreeMap<>();
            defects.forEach(defect -> sorts.computeIfAbsent(defect.replaceFirst("^(.*? for [A-Z_0-9]+ [A-Z]+).*$", "$1"),
                    sort -> new ArrayList<>()).add(defect));
            sorts.forEach((sort, all) -> report.append("    %dx %s%n      e.g. %s%n".formatted(all.size(), sort, all.get(0))));
            return report.toString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MalformedRequestRun() {
    }

    /** The number of requests for this run: {@code -Dmalformed.requests}, or {@link #DEFAULT_COUNT}. */
    public static int count() {
        return Integer.getInteger("malformed.requests", DEFAULT_COUNT);
    }

    /** The seed of this run: {@code -Dmalformed.seed} to repeat one, otherwise a new one (printed). */
    public static long seed() {
        return Long.getLong("malformed.seed", System.nanoTime());
    }

    public static Outcome run(String name, RawHttp http, List<Endpoint> endpoints, int count, long seed, String canary) {
        MalformedRequests generator = new MalformedRequests(seed, canary);
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Request request = generator.next(endpoints.get(i % endpoints.size()));
            perKind.merge(request.kind(), 1, Integer::sum);
            RawHttp.Response response;
            try {
                response = http.send(request.method(), request.target(), request.headers(), request.body());
            } catch (RuntimeException e) {
                defects.add("no answer (" + e.getClass().getSimpleName() + ") to " + request.describe());
                continue;
            }
            perStatus.merge(response.status(), 1, Integer::sum);
            String defect = request.endpoint().answersBrowsers() ? pageDefectOf(response) : defectOf(response);
            if (defect != null) {
                defects.add(defect + " for " + request.describe() + " -> " + abbreviated(response.text()));
            }
        }
        return new Outcome(name, seed, count, perKind, perStatus, defects, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * What is wrong with a page's answer to a malformed form: a browser gets a page of the service (the form again
     * with what was wrong, or the error page) or a problem, always with a 4xx; null when it keeps the rules.
     */
    static String pageDefectOf(RawHttp.Response response) {
        int status = response.status();
        if (status < 400 || status > 499) {
            return "status " + status;
        }
        String contentType = response.header("Content-Type");
        if (contentType != null && contentType.startsWith("application/problem+json")) {
            return defectOf(response);
        }
        if (contentType == null || !contentType.startsWith("text/html")) {
            return "status " + status + " as " + contentType;
        }
        return response.text().contains("<html") ? null : "status " + status + " with an empty page";
    }

    /** What is wrong with this answer to a malformed request; null when it keeps every rule. */
    static String defectOf(RawHttp.Response response) {
        int status = response.status();
        if (status < 400 || status > 499) {
            return "status " + status;
        }
        String contentType = response.header("Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "status " + status + " as " + contentType;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return "status " + status + " with a body that is not JSON";
        }
        if (!problem.path("type").asString("").startsWith(Problems.TYPE_BASE) || problem.path("title").asString("").isBlank()
                || problem.path("status").asInt() != status) {
            return "status " + status + " with a problem outside the vocabulary";
        }
        if (problem.path(Problems.CORRELATION_ID).asString("").isBlank()) {
            return "status " + status + " without a correlation id";
        }
        if (status == 400) {
            JsonNode errors = problem.path(Problems.ERRORS);
            if (!errors.isArray() || errors.isEmpty()) {
                return "400 naming no field";
            }
            for (JsonNode error : errors) {
                if (error.path("field").asString("").isBlank() || error.path("rule").asString("").isBlank()) {
                    return "400 with an error naming no field or rule";
                }
            }
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
