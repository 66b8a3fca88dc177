package nl.perspectief.training.enrolment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import nl.perspectief.problems.FieldProblem;
import nl.perspectief.publicdefences.PublicEndpointFilter;
import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * The public pages of the course calendar, in Dutch (and English for a browser that asks for it): the professionals'
 * sessions open for enrolment, one session with the enrolment form, and the answer to it. The form is read as the
 * API reads its body (the same request record and rules, {@link PublicEnrolments}); it carries a key of its own, the
 * API's {@code Idempotency-Key}, so a form posted twice (a double click, a reload) enrols once and shows the same
 * answer. A refusal shows the form again with what was typed and why: bad input 400, a rule of the session 422.
 */
@Controller
@PublicPage
class EnrolmentPages {

    static final String CALENDAR = "/courses";
    static final String SESSION = "/courses/sessions/{sessionId}";
    static final String ENROL = SESSION + "/enrolment";
    static final String TOO_MANY = "/courses/too-many-requests";
    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final PublicSessions sessions;
    private final PublicEnrolments enrolments;

    EnrolmentPages(PublicSessions sessions, PublicEnrolments enrolments) {
        this.sessions = sessions;
        this.enrolments = enrolments;
    }

    @GetMapping("/")
    String start() {
        return "redirect:" + CALENDAR;
    }

    @GetMapping(CALENDAR)
    ModelAndView calendar() {
        return new ModelAndView("public/courses", Map.of("sessions", sessions.calendar()));
    }

    @GetMapping(SESSION)
    ModelAndView session(@PathVariable UUID sessionId) {
        PublicSession session = sessions.session(sessionId).orElseThrow(SessionNotPublicException::new);
        return form(session, EnrolmentForm.empty(), List.of(), null, HttpStatus.OK);
    }

    @PostMapping(ENROL)
    ModelAndView enrol(@PathVariable UUID sessionId, @RequestParam Map<String, String> posted) {
        PublicSession session = sessions.session(sessionId).orElseThrow(SessionNotPublicException::new);
        EnrolmentForm form = EnrolmentForm.of(posted);
        if (!FORM_KEY.matcher(form.requestKey()).matches()) {
            return form(session, form.withNewKey(), List.of(new FieldProblem("requestKey", "UUID",
                    "the form is not one this service gave out; fill it in again")), null, HttpStatus.BAD_REQUEST);
        }
        Locale language = LocaleContextHolder.getLocale();
        try {
            EnrolmentAnswer answer = enrolments.enrol(sessionId, form.request(), List.of(), "form:" + form.requestKey(),
                    language);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("courseSession", session);
            model.put("answer", answer);
            return new ModelAndView("public/enrolled", model);
        } catch (InvalidEnrolmentException invalid) {
            return form(session, form, invalid.problems(), null, HttpStatus.BAD_REQUEST);
        } catch (TrainingRuleException refused) {
            return form(session, form.withNewKey(), List.of(), refused.rule(), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (IdempotencyKeyReusedException reused) {
            return form(session, form.withNewKey(), List.of(), "IdempotencyKeyReused", HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** Where the public pages' security forwards a form it refused (no or a wrong CSRF token): the 403 page. */
    @RequestMapping("/courses/forbidden")
    ModelAndView forbidden() {
        return PublicPageAdvice.errorPage(HttpStatus.FORBIDDEN);
    }

    /** Where a browser refused by the rate limit is forwarded: the status and Retry-After are set already. */
    @RequestMapping(TOO_MANY)
    ModelAndView tooMany(@RequestAttribute(name = PublicEndpointFilter.RETRY_AFTER_ATTRIBUTE, required = false)
                         Long retryAfter) {
        ModelAndView page = new ModelAndView("public/too-many-requests", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("retryAfter", retryAfter == null ? 60 : retryAfter);
        page.addObject("back", CALENDAR);
        return page;
    }

    private static ModelAndView form(PublicSession session, EnrolmentForm form, List<FieldProblem> problems,
                                     String refusedBy, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("courseSession", session);
        model.put("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.rule()));
        model.put("errors", errors);
        model.put("refusedBy", refusedBy);
        return new ModelAndView("public/session", model, status);
    }

    /** The form as typed, to show it again; {@code requestKey} the key it was given when shown. */
    record EnrolmentForm(String name, String email, String phone, String organisation,
                         String professionalRegistrationNumber, boolean privacyStatementAccepted, String website,
                         String requestKey) {

        static EnrolmentForm empty() {
            return new EnrolmentForm("", "", "", "", "", false, "", UUID.randomUUID().toString());
        }

        static EnrolmentForm of(Map<String, String> posted) {
            return new EnrolmentForm(posted.get("name"), posted.get("email"), posted.get("phone"),
                    posted.get("organisation"), posted.get("professionalRegistrationNumber"),
                    "true".equals(posted.get("privacyStatementAccepted")), posted.get("website"),
                    posted.getOrDefault("requestKey", ""));
        }

        EnrolmentForm withNewKey() {
            return new EnrolmentForm(name, email, phone, organisation, professionalRegistrationNumber,
                    privacyStatementAccepted, website, UUID.randomUUID().toString());
        }

        EnrolmentRequest request() {
            return new EnrolmentRequest(name, email, phone, organisation, professionalRegistrationNumber,
                    privacyStatementAccepted ? Boolean.TRUE : null, website);
        }

        /** Keeps what was typed out of logs and exception messages. */
        @Override
        public String toString() {
            return "EnrolmentForm[...]";
        }
    }
}
