package nl.perspectief.training.enrolment.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import nl.perspectief.correlation.CorrelationId;

/**
 * What every public page has (the calendar its dates are shown with), and the refusals public pages share, as the
 * public error page in the same layout: a page that is not there, an address that cannot be one, anything unforeseen
 * (logged by its exception's class and the correlation id only, since its message may quote what was posted). A
 * form's own refusals (its input, a rule) are the form again, in its controller.
 */
@ControllerAdvice(annotations = PublicPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPageAdvice {

    static final String ERROR = "public/error";
    private static final Logger log = LoggerFactory.getLogger(PublicPageAdvice.class);

    private final MessageSource messages;

    PublicPageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("calendar")
    PublicPageCalendar calendar() {
        return new PublicPageCalendar(Locale.forLanguageTag(
                messages.getMessage("public.lang", null, "nl", LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler
    ModelAndView notPublic(SessionNotPublicException exception) {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView noReferralLink(ReferralLinkNotFoundException exception) {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView malformed(MethodArgumentTypeMismatchException exception) {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler
    ModelAndView unforeseen(Exception exception) {
        if (exception instanceof ErrorResponse refusal) {
            return errorPage(HttpStatus.valueOf(refusal.getStatusCode().value()));
        }
        log.error("a public page failed: {} (correlation id {})", exception.getClass().getName(),
                CorrelationId.current().orElse("-"));
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** The public error page of a status; the page controllers show their own "not found" with it too. */
    static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView(ERROR, status);
        page.addObject("status", status.value());
        return page;
    }
}
