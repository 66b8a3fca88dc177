package nl.perspectief.training.course.web;

import java.util.Locale;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import nl.perspectief.correlation.CorrelationId;

/**
 * What every trainers' page has, their error pages too: who is signed in (the header) and the calendar its moments are
 * shown on. And the refusals every trainers' page shares, as the trainers' error page in the same layout; nothing a
 * page did not foresee shows more than its status. A step's refusal by a rule or by its input is the page again (each
 * page controller), and a feature's own "not found" is its controller's.
 */
@ControllerAdvice(annotations = TrainerPage.class, assignableTypes = ErrorController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainerPageAdvice {

    private static final Logger log = LoggerFactory.getLogger(TrainerPageAdvice.class);

    private final MessageSource messages;

    TrainerPageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("trainerPerson")
    TrainerPagePerson person(Authentication authentication) {
        return TrainerPagePerson.of(authentication).orElse(null);
    }

    /** In the language the page is written in: a browser asking for German reads the Dutch pages, dates too. */
    @ModelAttribute("trainerCalendar")
    TrainerPageCalendar calendar() {
        return new TrainerPageCalendar(Locale.forLanguageTag(
                messages.getMessage("trainer.lang", null, "nl", LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler({CourseNotFoundException.class, AggregateNotFoundException.class})
    ModelAndView notFound(RuntimeException exception) {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView forbidden(AccessDeniedException exception) {
        return errorPage(HttpStatus.FORBIDDEN);
    }

    /** An id or a date in the address that cannot be one. */
    @ExceptionHandler
    ModelAndView malformed(MethodArgumentTypeMismatchException exception) {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /**
     * Spring MVC's own refusals (a missing parameter, say) as the error page of their status; anything else is a 500
     * page, logged by its exception's class and the correlation id only, since its message may quote what was posted.
     */
    @ExceptionHandler
    ModelAndView unforeseen(Exception exception) {
        if (exception instanceof ErrorResponse refusal) {
            return errorPage(HttpStatus.valueOf(refusal.getStatusCode().value()));
        }
        log.error("a trainers' page failed: {} (correlation id {})", exception.getClass().getName(),
                CorrelationId.current().orElse("-"));
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        return TrainerErrorPages.page(status);
    }
}
