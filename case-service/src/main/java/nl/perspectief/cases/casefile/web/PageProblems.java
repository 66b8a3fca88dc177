package nl.perspectief.cases.casefile.web;

import nl.perspectief.cases.access.web.AccessNotLoggedException;
import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.BreakGlassIsReadOnlyException;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.CompliancePages;
import nl.perspectief.cases.access.web.NoSingleStaffRoleException;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.steps.CaseStepPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.correlation.CorrelationId;

/**
 * The pages' refusals as pages, in the same layout as every page and the container's error pages. A case the
 * reader may not know of gets exactly the page of a case that does not exist: the same words, the same status.
 */
@ControllerAdvice(assignableTypes = {CasePages.class, CompliancePages.class},
        annotations = {CaseStepPage.class, StaffPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    private final CaseAccessLog accessLog;

    PageProblems(CaseAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @ExceptionHandler
    ModelAndView caseNotFound(CaseNotFoundException exception) {
        return page(HttpStatus.NOT_FOUND);
    }

    /** Break-glass reads a case; a step on it is refused as any step the reader may not take. */
    @ExceptionHandler({ReadForbiddenException.class, NoSingleStaffRoleException.class,
            BreakGlassIsReadOnlyException.class})
    ModelAndView forbidden(RuntimeException exception) {
        return page(HttpStatus.FORBIDDEN);
    }

    /** A case id that cannot be one: refused for everyone alike, and logged as the API logs it. */
    @ExceptionHandler
    ModelAndView malformed(MethodArgumentTypeMismatchException exception) {
        CaseAccessLog.Actor actor = Actors.current();
        if (actor != null && "caseId".equals(exception.getName())) {
            accessLog.read(actor, null, AccessedResource.CASE_DETAIL, AccessOutcome.REJECTED);
        }
        return page(HttpStatus.BAD_REQUEST);
    }

    /** Data that cannot be logged is not shown. */
    @ExceptionHandler
    ModelAndView accessNotLogged(AccessNotLoggedException exception) {
        log.error("a page was refused because the access log could not record it: {}",
                exception.getCause().getClass().getName());
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * Spring MVC's own refusals of a page request (a media type, a missing parameter) as the error page of their
     * status; anything else a page did not foresee is a 500 page, logged by its exception's class and the
     * correlation id only, since its message may quote what was posted.
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
