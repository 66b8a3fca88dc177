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
    private final HttpMethod method;
    private final List<PathPattern> paths;
    private final Predicate<HttpServletRequest> when;
    private final RateLimit rateLimit;
    private final DataSize maxBody;
    private final String browserRefusalPage;

    private GuardedEndpoint(String name, String what, HttpMethod method, List<PathPattern> paths,
                            Predicate<HttpServletRequest> when, RateLimit rateLimit, DataSize maxBody,
                            String browserRefusalPage) {
        this.name = name;
        this.what = what;
        this.method = method;
        this.paths = paths;
        this.when = when;
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
        if (paths.length == 0) {
            throw new IllegalArgumentException("endpoint " + name + " names no path");
        }
        List<PathPattern> patterns = Arrays.stream(paths).map(PathPatternParser.defaultInstance::parse).toList();
        return new GuardedEndpoint(name, Objects.requireNonNull(what), Objects.requireNonNull(method), patterns,
                request -> true, null, null, null);
    }

    /** Limited per client address and overall; without it the endpoint is not rate limited. */
    public GuardedEndpoint withRateLimit(RateLimit limit) {
        return new GuardedEndpoint(name, what, method, paths, when, Objects.requireNonNull(limit), maxBody,
                browserRefusalPage);
    }

    /** Refuses a larger body with 413 before it is parsed; without it the body is not limited here. */
    public GuardedEndpoint withMaxBody(DataSize limit) {
        return new GuardedEndpoint(name, what, method, paths, when, rateLimit, Objects.requireNonNull(limit),
                browserRefusalPage);
    }

    /**
     * Only requests whose query string names {@code parameter} (a {@code GET} that looks something up, not the page
     * with the empty form). Read from the query string alone, so no body is read to decide.
     */
    public GuardedEndpoint onlyWithQueryParameter(String parameter) {
        return new GuardedEndpoint(name, what, method, paths, request -> hasQueryParameter(request, parameter),
                rateLimit, maxBody, browserRefusalPage);
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
        return new GuardedEndpoint(name, what, method, paths, when, rateLimit, maxBody, path);
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
        if (!method.matches(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container;
        try {
            container = PathContainer.parsePath(path);
        } catch (RuntimeException notAPath) {
            return false;
        }
        return paths.stream().anyMatch(pattern -> pattern.matches(container)) && when.test(request);
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
        return "GuardedEndpoint[" + name + " " + method + " " + paths + "]";
    }
}
