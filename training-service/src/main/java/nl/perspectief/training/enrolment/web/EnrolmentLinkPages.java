package nl.perspectief.training.enrolment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * The page the link in a participant's mail opens, {@code /enrolments/{enrolmentId}?token=…}: the enrolment's status
 * with, while it may, a button to cancel, and, while a place is offered, buttons to take or decline it. The forms
 * post the token back (never a session: the public pages have none) with the CSRF token of the public pages' cookie.
 * A step taken is Post/Redirect/Get (303) to the page; a step the session refuses shows the page again saying why
 * (422). A wrong token, an unknown enrolment and an address that cannot be one are the same 404 page.
 */
@Controller
@PublicPage
class EnrolmentLinkPages {

    static final String PAGE = "/enrolments/{enrolmentId}";

    private final OwnEnrolments enrolments;

    EnrolmentLinkPages(OwnEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping(PAGE)
    ModelAndView page(@PathVariable String enrolmentId, @RequestParam(required = false) String token) {
        return page(enrolmentId, token, null, HttpStatus.OK);
    }

    @PostMapping(PAGE + "/cancel")
    ModelAndView cancel(@PathVariable String enrolmentId, @RequestParam(required = false) String token) {
        try {
            enrolments.cancel(enrolmentId, token);
        } catch (TrainingRuleException refused) {
            return page(enrolmentId, token, refused.rule(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return backTo(enrolmentId, token);
    }

    @PostMapping(PAGE + "/accept")
    ModelAndView accept(@PathVariable String enrolmentId, @RequestParam(required = false) String token,
                        @RequestParam(required = false) String offerId) {
        try {
            enrolments.accept(enrolmentId, token, offerId);
        } catch (TrainingRuleException refused) {
            return page(enrolmentId, token, refused.rule(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return backTo(enrolmentId, token);
    }

    @PostMapping(PAGE + "/decline")
    ModelAndView decline(@PathVariable String enrolmentId, @RequestParam(required = false) String token,
                         @RequestParam(required = false) String offerId) {
        try {
            enrolments.decline(enrolmentId, token, offerId);
        } catch (TrainingRuleException refused) {
            return page(enrolmentId, token, refused.rule(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return backTo(enrolmentId, token);
    }

    @ExceptionHandler
    ModelAndView notFound(EnrolmentLinkNotFoundException exception) {
        return PublicPageAdvice.errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badInput(InvalidEnrolmentException exception) {
        return PublicPageAdvice.errorPage(HttpStatus.BAD_REQUEST);
    }

    private ModelAndView page(String enrolmentId, String token, String refusedBy, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("enrolment", enrolments.find(enrolmentId, token));
        model.put("token", token);
        model.put("refusedBy", refusedBy);
        return new ModelAndView("public/enrolment", model, status);
    }

    private static ModelAndView backTo(String enrolmentId, String token) {
        String page = UriComponentsBuilder.fromPath("/enrolments/{enrolmentId}").queryParam("token", token)
                .buildAndExpand(enrolmentId).encode().toUriString();
        ModelAndView redirect = new ModelAndView("redirect:" + page);
        redirect.setStatus(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
