package nl.perspectief.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every request must be before anything reads it, refused in the problem vocabulary:
 * <ul>
 * <li>a method the services answer ({@code CONNECT} and {@code TRACE} are 405 here, not the servlet's 501);</li>
 * <li>a JSON body in UTF-8, as RFC 8259 (section 8.1) requires: another declared charset, or one that does not
 * exist, is 415 naming Content-Type; bytes that are not UTF-8 (overlong forms, lone surrogates, stray
 * continuation bytes, which a lenient decoder would turn into something the sender never wrote) fail the
 * reading of the body with {@link MalformedUtf8Exception}, answered 400 by the handlers.</li>
 * </ul>
 */
final class RequestHygieneFilter extends OncePerRequestFilter {

    private static final Set<String> UNANSWERED_METHODS = Set.of("CONNECT", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (UNANSWERED_METHODS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            Problems.write(response, Problems.ofStatus(HttpStatus.METHOD_NOT_ALLOWED));
            return;
        }
        MediaType type = contentTypeOf(request);
        if (type == null || !isJson(type)) {
            chain.doFilter(request, response);
            return;
        }
        String charset = type.getParameter("charset");
        if (charset != null && !isUtf8(charset)) {
            ProblemDetail problem = Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE.getReasonPhrase(), "JSON is read as UTF-8 only.");
            problem.setProperty(Problems.ERRORS, List.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, "Charset",
                    "a JSON body is UTF-8: name charset=UTF-8, or no charset")));
            Problems.write(response, problem);
            return;
        }
        chain.doFilter(new Utf8Body(request), response);
    }

    private static MediaType contentTypeOf(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (header == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException malformed) {
            // Spring MVC refuses it as an unsupported media type, naming the header
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
    }

    private static boolean isUtf8(String charset) {
        String name = charset.replace("\"", "").strip();
        return name.equalsIgnoreCase(StandardCharsets.UTF_8.name()) || name.equalsIgnoreCase("utf8");
    }

    /** The request with its body checked for UTF-8 as it is read. */
    private static final class Utf8Body extends HttpServletRequestWrapper {

        private ServletInputStream body;

        Utf8Body(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Utf8CheckingInputStream(super.getInputStream());
            }
            return body;
        }
    }
}
