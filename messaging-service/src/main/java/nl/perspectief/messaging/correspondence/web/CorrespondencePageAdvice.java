package nl.perspectief.messaging.correspondence.web;

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
import nl.perspectief.messaging.config.MessagingProperties;

/**
 * What every page has, the error pages too: who is signed in (the header), the calendar its moments are shown on, and
 * where case-service's pages are. And the pages' refusals as pages, in the same layout: a case the reader may not know
 * of gets exactly the page of a case without correspondence; nothing a page did not foresee shows more than its
 * status. A step's refusal by a rule or by its input is the correspondence page again ({@link CorrespondencePages}).
 */
@ControllerAdvice(assignableTypes = {CorrespondencePages.class, ErrorController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrespondencePageAdvice {

    private static final Logger log = LoggerFactory.getLogger(CorrespondencePageAdvice.class);

    private final MessageSource messages;
    private final String caseServiceUrl;

    CorrespondencePageAdvice(MessageSource messages, MessagingProperties properties) {
        this.messages = messages;
        this.caseServiceUrl = properties.caseServiceUrl().toString().replaceFirst("/$", "");
    }

    @ModelAttribute("person")
    CorrespondencePagePerson person(Authentication authentication) {
        return CorrespondencePagePerson.of(authentication).orElse(null);
    }

    /** In the language the page is written in: a browser asking for German reads the Dutch pages, dates too. */
    @ModelAttribute("calendar")
    CorrespondencePageCalendar calendar() {
        return new CorrespondencePageCalendar(Locale.forLanguageTag(
                messages.getMessage("lang", null, "nl", LocaleContextHolder.getLocale())));
    }

    @ModelAttribute("caseServiceUrl")
    String caseServiceUrl() {
        return caseServiceUrl;
    }

    @ExceptionHandler({CorrespondenceNotFoundException.class, AggregateNotFoundException.class})
    ModelAndView notFound(RuntimeException exception) {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView forbidden(AccessDeniedException exception) {
        return page(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler
    ModelAndView erased(CorrespondenceReading.AttachmentErasedException exception) {
        return page(HttpStatus.GONE);
    }

    /** A case or attachment id that cannot be one. */
    @ExceptionHandler
    ModelAndView malformed(MethodArgumentTypeMismatchException exception) {
        return page(HttpStatus.BAD_REQUEST);
    }

    /** Data that cannot be logged is not shown. */
    @ExceptionHandler
    ModelAndView accessNotLogged(CorrespondenceAccessLog.AccessNotLoggedException exception) {
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * Spring MVC's own refusals (a missing parameter, a multipart that is none) as the error page of their status;
     * anything else is a 500 page, logged by its exception's class and the correlation id only, since its message may
     * quote what was posted.
     */
    @ExceptionHandler
    ModelAndView unforeseen(Exception exception) {
        if (exception instanceof ErrorResponse refusal) {
            return page(HttpStatus.valueOf(refusal.getStatusCode().value()));
        }
        log.error("a page failed: {} (correlation id {})", exception.getClass().getName(),
                CorrelationId.current().orElse("-"));
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
