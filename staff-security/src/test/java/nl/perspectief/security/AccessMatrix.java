package nl.perspectief.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The status each kind of caller must get from each endpoint of a running service: a row per endpoint, named as
 * {@link EndpointInventory} names it, with the request that tries it and a status per caller, in the order of the
 * callers' enum. {@link #check} asks every cell and returns the wrong ones with the table as answered;
 * {@link #endpoints()} is what a test compares with the inventory, so that an endpoint added without a row, or a
 * row left behind by an endpoint that is gone, fails the build. A refusal counts as right only as problem+json,
 * the one shape in which every service says no.
 *
 * @param <C> the kinds of caller, one column each
 */
public final class AccessMatrix<C extends Enum<C>> {

    /** A request that tries an endpoint; the path may hold placeholders such as {@code {caseId}} the test fills in. */
    public record Request(String method, String path) {
    }

    /** What the service answered one caller. */
    public record Answer(int status, String contentType) {
    }

    /** Asks the running service one request as one caller. */
    @FunctionalInterface
    public interface Call<C> {
        Answer answer(Request request, C caller);
    }

    /** The cells that were not as the matrix says, and the whole matrix as answered, to print. */
    public record Outcome(List<String> wrong, String table) {
    }

    private record Row(Request request, int[] expected) {
    }

    private static final int CELL = 10;

    private final C[] callers;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    public AccessMatrix(Class<C> callers) {
        this.callers = callers.getEnumConstants();
    }

    /** A row whose request is the endpoint itself, such as {@code "GET /api/cases/{caseId}"}. */
    public AccessMatrix<C> row(String endpoint, int... expected) {
        return row(endpoint, endpoint, expected);
    }

    /**
     * A row for an endpoint whose name is not itself a request: a pattern ({@code /actuator/health/**}), a
     * parameter ({@code ?registrationReference}), or {@code ANY} method.
     */
    public AccessMatrix<C> row(String endpoint, String request, int... expected) {
        String[] methodAndPath = request.split(" ", 2);
        if (methodAndPath.length != 2 || !methodAndPath[1].startsWith("/")) {
            throw new IllegalArgumentException("not a \"METHOD /path\" request: " + request);
        }
        if (expected.length != callers.length) {
            throw new IllegalArgumentException(endpoint + ": " + expected.length + " statuses for " + callers.length
                    + " callers " + List.of(callers));
        }
        if (rows.putIfAbsent(endpoint, new Row(new Request(methodAndPath[0], methodAndPath[1]), expected.clone())) != null) {
            throw new IllegalArgumentException("a second row for " + endpoint);
        }
        return this;
    }

    /**
     * The rows of the actuator as every service exposes it ({@code health,info,metrics,prometheus}): health and its
     * groups, the actuator's index and info, and the metrics with Prometheus's scrape. A service that exposes
     * another set writes its rows itself; the comparison with {@link EndpointInventory} tells it so.
     */
    public AccessMatrix<C> actuator(int[] health, int[] indexAndInfo, int[] metrics) {
        return row("GET /actuator/health", health)
                .row("GET /actuator/health/**", "GET /actuator/health/liveness", health)
                .row("GET /actuator", indexAndInfo)
                .row("GET /actuator/info", indexAndInfo)
                .row("GET /actuator/metrics", metrics)
                .row("GET /actuator/metrics/{requiredMetricName}", "GET /actuator/metrics/jvm.memory.used", metrics)
                .row("GET /actuator/prometheus", metrics);
    }

    /** The endpoints this matrix has a row for, named as {@link EndpointInventory} names them, sorted alike. */
    public SortedSet<String> endpoints() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(rows.keySet()));
    }

    /** Asks every cell, each row's path exactly as written. */
    public Outcome check(Call<C> call) {
        return check(UnaryOperator.identity(), call);
    }

    /** Asks every cell, each row's path first filled in once by {@code fillIn} (the case to try, made-up ids). */
    public Outcome check(UnaryOperator<String> fillIn, Call<C> call) {
        int endpointWidth = Math.max("endpoint \\ caller".length(),
                rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        String endpointColumn = "%-" + endpointWidth + "s";
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n" + endpointColumn, "endpoint \\ caller"));
        for (C caller : callers) {
            table.append(String.format(" %-" + CELL + "." + CELL + "s", caller.name().replace("MEDIATOR_", "MED_")));
        }
        table.append('\n');
        rows.forEach((endpoint, row) -> {
            table.append(String.format(endpointColumn, endpoint));
            Request request = new Request(row.request().method(), fillIn.apply(row.request().path()));
            for (C caller : callers) {
                int expected = row.expected()[caller.ordinal()];
                Answer answer = call.answer(request, caller);
                boolean problemJson = answer.status() < 400 || isProblemJson(answer.contentType());
                boolean right = answer.status() == expected && problemJson;
                table.append(String.format(" %-" + CELL + "s", answer.status() + (right ? "" : " !" + expected)));
                if (!right) {
                    wrong.add(request.method() + " " + request.path() + " as " + caller + ": " + answer.status()
                            + " (expected " + expected + (problemJson ? "" : ", and problem+json") + ")");
                }
            }
            table.append('\n');
        });
        return new Outcome(List.copyOf(wrong), table.toString());
    }

    private static boolean isProblemJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException notAMediaType) {
            return false;
        }
    }
}
