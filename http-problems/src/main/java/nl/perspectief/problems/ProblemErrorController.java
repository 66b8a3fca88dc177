package nl.perspectief.problems;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.http.HttpServletRequest;

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

    private final ErrorAttributes errorAttributes;

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
