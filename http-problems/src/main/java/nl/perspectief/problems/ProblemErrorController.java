package nl.perspectief.problems;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's error dispatch ({@code /error}): whatever was refused outside a REST controller's own
 * handling (an address nothing answers, a refusal written by a filter with {@code sendError}, a page's error
 * for a client that is no browser) is answered as a problem, not Boot's {@code {"timestamp", "error"}} body.
 * A browser asking for HTML still gets the service's error page, as Boot would render it.
 */
public class ProblemErrorController extends BasicErrorController {

    public ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
                                  List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorProperties, errorViewResolvers);
        this.errorAttributes = errorAttributes;
    }

    private static final String API = "/api/";

    private final ErrorAttributes errorAttributes;
    /** Only a service with pages has an error page for browsers; the others answer every client with a problem. */
    private final boolean hasErrorPage = new ClassPathResource("templates/error.html").exists();

    /**
     * A browser's request gets the service's error page, where it has one and the request was for a page; an API's
     * address answers a problem whatever Accept says, and Boot's whitelabel page is never shown.
     */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (hasErrorPage && !(uri instanceof String path && path.startsWith(API))) {
            return super.errorHtml(request, response);
        }
        try {
            response.setStatus(getStatus(request).value());
            Problems.write(response, problemOf(request, getStatus(request)));
        } catch (java.io.IOException clientGone) {
            // nothing more to say to a client that left
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(Problems.asMap(problemOf(request, status)));
    }

    /** Where Spring MVC refused before any controller was chosen (a media type, say), what it refused names the header. */
    private ProblemDetail problemOf(HttpServletRequest request, HttpStatus status) {
        return switch (errorAttributes.getError(new ServletWebRequest(request))) {
            case HttpMediaTypeNotSupportedException unsupported -> Problems.unsupportedMediaType(unsupported.getSupportedMediaTypes());
            case HttpMediaTypeNotAcceptableException notAcceptable -> Problems.notAcceptable(notAcceptable.getSupportedMediaTypes());
            case null, default -> Problems.ofStatusOnly(status);
        };
    }

    /** An Accept header that takes neither HTML nor JSON: the problem all the same, since there is nothing better. */
    @Override
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        return ResponseEntity.status(getStatus(request)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(ProblemJson.text(Problems.ofStatusOnly(getStatus(request))));
    }
}
