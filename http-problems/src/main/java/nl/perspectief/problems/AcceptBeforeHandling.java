package nl.perspectief.problems;

import java.util.List;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A REST endpoint that names no {@code produces} is matched whatever {@code Accept} says, runs, and only then finds
 * it cannot write its answer: a step taken and answered 406. This refuses such a request before the handler runs,
 * when {@code Accept} takes none of what the endpoint answers in (JSON, unless it says otherwise).
 */
final class AcceptBeforeHandling implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> producible = producibleBy(method);
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException malformed) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        boolean answerable = acceptable.stream().anyMatch(wanted -> producible.stream().anyMatch(wanted::isCompatibleWith));
        if (!answerable) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        return true;
    }

    private static List<MediaType> producibleBy(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.produces().length == 0) {
            mapping = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class);
        }
        return mapping == null || mapping.produces().length == 0 ? JSON : MediaType.parseMediaTypes(List.of(mapping.produces()));
    }
}
