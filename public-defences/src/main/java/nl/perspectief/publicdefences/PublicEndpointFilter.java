package nl.perspectief.publicdefences;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.MalformedUtf8Exception;
import nl.perspectief.problems.Problems;
import nl.perspectief.publicdefences.RateLimits.Refusal;
import nl.perspectief.publicdefences.RateLimits.Scope;

/**
 * The defences of the service's {@link GuardedEndpoint}s, in one filter right after Spring Security's chain (so a
 * refusal carries the CORS headers a browser needs to read it, and a bad credential is refused first), before
 * anything reads the body:
 * <ol>
 * <li>the rate limits, by client address and overall: 429 problem+json with {@code Retry-After} in whole seconds,
 * counted in {@value #RATE_LIMITED} by endpoint and scope;</li>
 * <li>the body size: 413 at once when the {@code Content-Length} says so; a JSON body without a length (chunked) is
 * read here up to the limit and refused when it goes beyond, so no parser ever sees more.</li>
 * </ol>
 * The client address is the peer's, or the one a trusted proxy forwarded ({@link TrustedProxies} has set it on the
 * request by now). It is personal data: neither logged nor put in an answer.
 */
public class PublicEndpointFilter extends OncePerRequestFilter {

    public static final String RATE_LIMITED = "perspectief.public.rate.limited";
    /** The request attribute of a forwarded browser refusal: the whole seconds of its {@code Retry-After}. */
    public static final String RETRY_AFTER_ATTRIBUTE = "nl.perspectief.publicdefences.PublicEndpointFilter.retryAfter";

    private final Map<GuardedEndpoint, Guard> guards = new LinkedHashMap<>();

    public PublicEndpointFilter(List<GuardedEndpoint> endpoints, MeterRegistry meters) {
        for (GuardedEndpoint endpoint : endpoints) {
            guards.put(endpoint, new Guard(endpoint, meters));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return guardOf(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Guard guard = guardOf(request).orElseThrow();
        if (guard.limits != null) {
            Optional<Refusal> refusal = guard.limits.admit(request.getRemoteAddr());
            if (refusal.isPresent()) {
                guard.refused.get(refusal.get().scope()).increment();
                refuse(request, response, guard.endpoint, refusal.get());
                return;
            }
        }
        HttpServletRequest admitted = request;
        if (guard.endpoint.maxBody() != null) {
            long limit = guard.endpoint.maxBody().toBytes();
            if (request.getContentLengthLong() > limit) {
                Problems.write(response, tooLarge(limit));
                return;
            }
            if (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                    && !isForm(request)) {
                byte[] body;
                try {
                    body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
                } catch (MalformedUtf8Exception notUtf8) {
                    Problems.write(response, Problems.invalid(new FieldProblem("$", "Utf8", "is not valid UTF-8")));
                    return;
                } catch (IOException unreadable) {
                    // a broken chunked encoding, or a client gone: the request line is as far as it could be read
                    Problems.write(response, Problems.ofStatusOnly(HttpStatus.BAD_REQUEST));
                    return;
                }
                if (body.length > limit) {
                    Problems.write(response, tooLarge(limit));
                    return;
                }
                admitted = new ReadBody(request, body);
            }
        }
        chain.doFilter(admitted, response);
    }

    /** The 413 of a body over the limit. */
    public static ProblemDetail tooLarge(long limit) {
        return Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Content Too Large",
                "the request body may be at most " + limit + " bytes");
    }

    private Optional<Guard> guardOf(HttpServletRequest request) {
        return guards.values().stream().filter(guard -> guard.endpoint.matches(request)).findFirst();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, GuardedEndpoint endpoint,
                               Refusal refusal) throws ServletException, IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        if (endpoint.browserRefusalPage() != null && acceptsHtml(request)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, refusal.retryAfterSeconds());
            request.getRequestDispatcher(endpoint.browserRefusalPage()).forward(request, response);
            return;
        }
        String detail = switch (refusal.scope()) {
            case CLIENT -> "too many " + endpoint.what() + " from your address; try again in "
                    + refusal.retryAfterSeconds() + " s";
            case OVERALL -> "the service takes too many " + endpoint.what() + " at the moment; try again in "
                    + refusal.retryAfterSeconds() + " s";
        };
        Problems.write(response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too Many Requests",
                detail));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML)
                    && !type.isWildcardType());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * A form's parameters are read by the container from its own stream, which a wrapper cannot replace; a chunked
     * form is bounded by the container's {@code maxPostSize} instead.
     */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.toLowerCase().startsWith("multipart/"));
    }

    /** One endpoint's buckets and counters. */
    private static final class Guard {

        private final GuardedEndpoint endpoint;
        private final RateLimits limits;
        private final Map<Scope, Counter> refused = new EnumMap<>(Scope.class);

        Guard(GuardedEndpoint endpoint, MeterRegistry meters) {
            this.endpoint = endpoint;
            this.limits = endpoint.rateLimit() == null ? null : new RateLimits(endpoint.rateLimit());
            for (Scope scope : Scope.values()) {
                refused.put(scope, Counter.builder(RATE_LIMITED)
                        .description("Requests to a public endpoint refused with 429 before their body was read, by the "
                                + "limit that refused them")
                        .tag("endpoint", endpoint.name())
                        .tag("scope", scope.tag())
                        .register(meters));
            }
        }
    }

    /** The request with the body this filter has read already. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                stream = new ReadBodyStream(new ByteArrayInputStream(body));
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() {
            java.nio.charset.Charset charset;
            try {
                charset = getCharacterEncoding() == null ? java.nio.charset.StandardCharsets.UTF_8
                        : java.nio.charset.Charset.forName(getCharacterEncoding());
            } catch (RuntimeException unknown) {
                charset = java.nio.charset.StandardCharsets.UTF_8;
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static final class ReadBodyStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        ReadBodyStream(ByteArrayInputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body was read already; it is not read asynchronously");
        }
    }
}
