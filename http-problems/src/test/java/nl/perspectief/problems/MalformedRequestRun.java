package nl.perspectief.problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** How many clients send them at once unless {@code -Dmalformed.clients=N} says otherwise. */
    public static final int DEFAULT_CLIENTS = 4;

    public record Outcome(String name, long seed, int sent, Map<Kind, Integer> perKind, Map<Integer, Integer> perStatus,
                          List<String> defects, Duration took, int clients) {

        public String report() {
            StringBuilder report = new StringBuilder("%s: %d malformed requests (seed %d) in %d ms, %.0f/s from %d clients%n"
                    .formatted(name, sent, seed, took.toMillis(), sent * 1000.0 / Math.max(1, took.toMillis()), clients));
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

    /**
     * How many clients send at once: {@code -Dmalformed.clients}, or {@link #DEFAULT_CLIENTS}. While one waits for its
     * answer the others keep the service busy; {@code -Dmalformed.clients=1} sends one request after another.
     */
    public static int clients() {
        return Integer.getInteger("malformed.clients", DEFAULT_CLIENTS);
    }

    /** The seed of this run: {@code -Dmalformed.seed} to repeat one, otherwise a new one (printed). */
    public static long seed() {
        return Long.getLong("malformed.seed", System.nanoTime());
    }

    public static Outcome run(String name, RawHttp http, List<Endpoint> endpoints, int count, long seed, String canary) {
        return run(name, http, endpoints, count, seed, canary, clients());
    }

    /**
     * As {@link #run(String, RawHttp, List, int, long, String)}, from {@code clients} concurrent clients. The requests
     * are drawn from the seed in order, the i-th for the i-th endpoint in turn, whoever sends it: the same seed sends
     * the same requests. Each is checked on its own connection, and the outcome is told in the order they were drawn.
     */
    public static Outcome run(String name, RawHttp http, List<Endpoint> endpoints, int count, long seed, String canary,
                              int clients) {
        Draw draw = new Draw(new MalformedRequests(seed, canary), endpoints, count);
        Sent[] sent = new Sent[count];
        long started = System.nanoTime();
        try (ExecutorService senders = Executors.newFixedThreadPool(senders(clients, count))) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < senders(clients, count); c++) {
                running.add(senders.submit(() -> {
                    for (int i = draw.next(); i >= 0; i = draw.next()) {
                        sent[i] = send(http, draw.requests[i]);
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending malformed requests", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client sending malformed requests failed", e.getCause());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            perKind.merge(draw.requests[i].kind(), 1, Integer::sum);
            if (sent[i].status() != null) {
                perStatus.merge(sent[i].status(), 1, Integer::sum);
            }
            if (sent[i].defect() != null) {
                defects.add(sent[i].defect());
            }
        }
        return new Outcome(name, seed, count, perKind, perStatus, defects, took, senders(clients, count));
    }

    private static int senders(int clients, int count) {
        return Math.max(1, Math.min(clients, count));
    }

    /** The requests in the order the seed draws them, the i-th for the i-th endpoint in turn, handed out one at a time. */
    private static final class Draw {

        private final MalformedRequests generator;
        private final List<Endpoint> endpoints;
        private final Request[] requests;
        private int drawn;

        Draw(MalformedRequests generator, List<Endpoint> endpoints, int count) {
            this.generator = generator;
            this.endpoints = endpoints;
            this.requests = new Request[count];
        }

        /** The index of the next request to send, drawn now; -1 once all are drawn. */
        synchronized int next() {
            if (drawn == requests.length) {
                return -1;
            }
            requests[drawn] = generator.next(endpoints.get(drawn % endpoints.size()));
            return drawn++;
        }
    }

    /** The status of the answer (null without one) and what was wrong with it (null when it keeps the rules). */
    private record Sent(Integer status, String defect) {
    }

    private static Sent send(RawHttp http, Request request) {
        RawHttp.Response response;
        try {
            response = http.send(request.method(), request.target(), request.headers(), request.body());
        } catch (RuntimeException e) {
            return new Sent(null, "no answer (" + e.getClass().getSimpleName() + ") to " + request.describe());
        }
        String defect = request.endpoint().answersBrowsers() ? pageDefectOf(response) : defectOf(response);
        return new Sent(response.status(),
                defect == null ? null : defect + " for " + request.describe() + " -> " + abbreviated(response.text()));
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
