package nl.perspectief.problems;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.correlation.CorrelationId;

/**
 * Every refusal Spring MVC makes before or around a REST controller, in the services' one problem vocabulary:
 * a body that is not JSON or not of the request's shape, a missing or malformed header, parameter or path
 * variable, a media type or method the endpoint does not take. Each answer names the field, header or parameter
 * and the rule; none quotes what was sent, and nothing here logs an exception's message (Jackson's and Spring's
 * quote the input). Anything unforeseen is a 500 problem whose log line names the exception's class and the
 * correlation id only.
 * <p>
 * The fallback for every {@code @RestController}, last in line: its catch-all would otherwise answer before a
 * service's own advice, so every other advice is ordered before {@link Ordered#LOWEST_PRECEDENCE}. A service's
 * advice for its controllers extends this class to add its domain's refusals and to record refusals where it
 * must ({@link #refused}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    /** Told of every refusal this handler answers, before it goes out; a service records it where it must. */
    protected void refused(HttpServletRequest request, ProblemDetail problem) {
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldProblem problem = JsonBodyProblems.of(exception);
        return answer(request, Problems.invalid(problem != null ? problem
                : new FieldProblem("$", "Required", "a readable JSON request body is required")), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        exception.getBindingResult().getFieldErrors().forEach(error -> errors.add(
                new FieldProblem(error.getField(), ruleOf(error.getCodes()), messageOf(error))));
        exception.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                new FieldProblem("$", ruleOf(error.getCodes()), error.getDefaultMessage())));
        return answer(request, Problems.invalid("validation", "The request is invalid; see errors.", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(nameOf(result.getMethodParameter()),
                                ruleOf(error.getCodes()), error.getDefaultMessage())))
                .toList();
        return answer(request, Problems.invalid("validation", "The request is invalid; see errors.", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException exception,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        FieldProblem problem = switch (exception) {
            case MissingRequestHeaderException header ->
                    new FieldProblem(header.getHeaderName(), "Required", "this header is required");
            case MissingRequestCookieException cookie ->
                    new FieldProblem(cookie.getCookieName(), "Required", "this cookie is required");
            default -> new FieldProblem("$", "Required", "a required part of the request is missing");
        };
        return answer(request, Problems.invalid(problem), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return answer(request, Problems.invalid(
                new FieldProblem(exception.getParameterName(), "Required", "this parameter is required")), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : exception.getPropertyName();
        return answer(request, Problems.invalid(new FieldProblem(name == null ? "$" : name, "Type",
                "must be " + JsonBodyProblems.describe(exception.getRequiredType()))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return answer(request, Problems.unsupportedMediaType(exception.getSupportedMediaTypes()), headers);
    }

    /** The problem itself is written whatever Accept said: there is nothing better to answer with. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException exception,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        return answer(request, Problems.notAcceptable(exception.getSupportedMediaTypes()), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException exception,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        return answer(request, Problems.ofStatus(HttpStatus.METHOD_NOT_ALLOWED), headers);
    }

    /** Whatever else Spring MVC refuses: its own status, our words instead of its message. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() != null
                && problem.getType().toString().startsWith(Problems.TYPE_BASE)) {
            return super.handleExceptionInternal(exception, body, headers, status, request);
        }
        return answer(request, Problems.ofStatusOnly(status), headers);
    }

    /** Not a refusal: the service failed. The log names the exception's class and the correlation id, never its message. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
        log.error("request failed: {} (correlation id {})", exception.getClass().getName(),
                CorrelationId.current().orElse("-"));
        return Problems.respond(Problems.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private ResponseEntity<Object> answer(WebRequest request, ProblemDetail problem, HttpHeaders headers) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            refused(servletRequest, problem);
        }
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        answerHeaders.setCacheControl("no-store");
        return ResponseEntity.status(problem.getStatus()).headers(answerHeaders).body(problem);
    }

    /** A constraint's simple name (the last of its message codes), such as {@code NotBlank}. */
    private static String ruleOf(String[] codes) {
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    /** The constraint's own words; a type mismatch's default message would quote the value. */
    private static String messageOf(FieldError error) {
        return error.isBindingFailure() ? "must be " + JsonBodyProblems.describe(null) : error.getDefaultMessage();
    }

    private static String nameOf(org.springframework.core.MethodParameter parameter) {
        var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        var query = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        return parameter.getParameterName();
    }
}
