package nl.perspectief.publicdefences;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An endpoint open to anyone that defends itself, declared by the service as a bean: which requests it is (a method
 * and path patterns, say {@code POST /api/public/sessions/*}{@code /enrolments}), how many of them it takes per client
 * address and overall, and how large a body may be. Several paths may share one endpoint, and so its buckets: the
 * API and the page form that do the same thing are one budget, not two.
 * <p>
 * Immutable; the {@code with…} methods return a copy.
 *
 * @see PublicEndpointFilter
 */
public final class GuardedEndpoint {

    private final String name;
    private final String what;
    private final List<Shape> shapes;
    private final RateLimit rateLimit;
    private final DataSize maxBody;
    private final String browserRefusalPage;

    /** One kind of request the endpoint is: a method, path patterns, and what else must hold. */
    private record Shape(HttpMethod method, List<PathPattern> paths, Predicate<HttpServletRequest> when) {

        static Shape of(HttpMethod method, String... paths) {
            if (paths.length == 0) {
                throw new IllegalArgumentException("an endpoint's request names no path");
            }
            return new Shape(Objects.requireNonNull(method),
                    Arrays.stream(paths).map(PathPatternParser.defaultInstance::parse).toList(), request -> true);
        }

        boolean matches(HttpServletRequest request, PathContainer path) {
            return method.matches(request.getMethod()) && paths.stream().anyMatch(pattern -> pattern.matches(path))
                    && when.test(request);
        }
    }

    private GuardedEndpoint(String name, String what, List<Shape> shapes, RateLimit rateLimit, DataSize maxBody,
                            String browserRefusalPage) {
        this.name = name;
        this.what = what;
        this.shapes = List.copyOf(shapes);
        this.rateLimit = rateLimit;
        this.maxBody = maxBody;
        this.browserRefusalPage = browserRefusalPage;
    }

    /**
     * @param name  the endpoint's name in metrics (tag {@code endpoint}), such as {@code enrolment}; lower case
     * @param what  what it takes, in the plural, for the 429's words: "too many {@code what} from your address"
     * @param paths Spring path patterns ({@code *} one segment, {@code **} any), without the context path
     */
    public static GuardedEndpoint of(String name, String what, HttpMethod method, String... paths) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("an endpoint's name is lower case letters, digits and dashes: " + name);
        }
        return new GuardedEndpoint(name, Objects.requireNonNull(what), List.of(Shape.of(method, paths)), null, null,
                null);
    }

    /**
     * Requests of another method or at other paths that are the same endpoint, and share its buckets (the API and the
     * page that do one thing).
     */
    public GuardedEndpoint alsoAt(HttpMethod method, String... paths) {
        List<Shape> more = new java.util.ArrayList<>(shapes);
        more.add(Shape.of(method, paths));
        return new GuardedEndpoint(name, what, more, rateLimit, maxBody, browserRefusalPage);
    }

    /** Limited per client address and overall; without it the endpoint is not rate limited. */
    public GuardedEndpoint withRateLimit(RateLimit limit) {
        return new GuardedEndpoint(name, what, shapes, Objects.requireNonNull(limit), maxBody, browserRefusalPage);
    }

    /** Refuses a larger body with 413 before it is parsed; without it the body is not limited here. */
    public GuardedEndpoint withMaxBody(DataSize limit) {
        return new GuardedEndpoint(name, what, shapes, rateLimit, Objects.requireNonNull(limit), browserRefusalPage);
    }

    /**
     * Only those requests of the shapes declared so far whose query string names {@code parameter} (a {@code GET}
     * that looks something up, not the page with the empty form); shapes added after with {@link #alsoAt} are not
     * affected. Read from the query string alone, so no body is read to decide.
     */
    public GuardedEndpoint onlyWithQueryParameter(String parameter) {
        List<Shape> narrowed = shapes.stream().map(shape -> new Shape(shape.method(), shape.paths(),
                shape.when().and(request -> hasQueryParameter(request, parameter)))).toList();
        return new GuardedEndpoint(name, what, narrowed, rateLimit, maxBody, browserRefusalPage);
    }

    /**
     * A browser (a request that accepts {@code text/html}) refused by a rate limit is forwarded to this page of the
     * service, with status 429 and {@code Retry-After} already set and the seconds in the request attribute
     * {@link PublicEndpointFilter#RETRY_AFTER_ATTRIBUTE}, so that a person reads a page in their language rather than
     * a problem document. Other clients get the problem.
     */
    public GuardedEndpoint withBrowserRefusalPage(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a refusal page is a path of the service: " + path);
        }
        return new GuardedEndpoint(name, what, shapes, rateLimit, maxBody, path);
    }

    public String name() {
        return name;
    }

    public String what() {
        return what;
    }

    public RateLimit rateLimit() {
        return rateLimit;
    }

    public DataSize maxBody() {
        return maxBody;
    }

    String browserRefusalPage() {
        return browserRefusalPage;
    }

    boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container;
        try {
            container = PathContainer.parsePath(path);
        } catch (RuntimeException notAPath) {
            return false;
        }
        return shapes.stream().anyMatch(shape -> shape.matches(request, container));
    }

    private static boolean hasQueryParameter(HttpServletRequest request, String parameter) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                if (parameter.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException badEscape) {
                // a key that does not decode is not the parameter; the request is refused elsewhere
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "GuardedEndpoint[" + name + " " + shapes.stream().map(shape -> shape.method() + " " + shape.paths()).toList() + "]";
    }
}
