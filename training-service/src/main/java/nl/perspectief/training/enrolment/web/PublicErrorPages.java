package nl.perspectief.training.enrolment.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page of a public address refused outside a controller (an address under {@code /courses} that nothing
 * answers, a method a page does not take): the public error page, in the public pages' layout and words, not the
 * trainers'. Every other address is left to the next resolver.
 */
@Component
class PublicErrorPages implements ErrorViewResolver, Ordered {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !isPublic(path)) {
            return null;
        }
        Map<String, Object> shown = new HashMap<>(model);
        shown.put("status", status.value());
        return new ModelAndView(PublicPageAdvice.ERROR, shown, status);
    }

    private static boolean isPublic(String path) {
        return path.equals("/") || path.equals("/courses") || path.startsWith("/courses/")
                || path.startsWith("/enrolments/") || path.equals("/certificates") || path.startsWith("/certificates/");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
