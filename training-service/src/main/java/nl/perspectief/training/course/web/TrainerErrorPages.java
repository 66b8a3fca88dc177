package nl.perspectief.training.course.web;

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
 * The error page of an address under {@code /trainer} that was refused outside a controller (a role that may not see
 * it, sent to the error dispatch by the security filters; an address nothing answers): the trainers' error page, in
 * their layout. Every other address is left to the next resolver.
 */
@Component
public class TrainerErrorPages implements ErrorViewResolver, Ordered {

    static final String VIEW = "trainer/error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !(path.equals("/trainer") || path.startsWith("/trainer/"))) {
            return null;
        }
        Map<String, Object> shown = new HashMap<>(model);
        shown.put("status", status.value());
        return new ModelAndView(VIEW, shown, status);
    }

    /** The trainers' error page of a status, as the page controllers show their own refusals too. */
    public static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        return page;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
