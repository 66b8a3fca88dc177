package nl.perspectief.training.enrolment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import nl.perspectief.problems.FieldProblem;
import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * The page of a referral link, in Dutch (and English for a browser that asks for it): a professional (a probation
 * officer, prison staff) sees the perpetrators' session the trainer gave them the link for and enrols someone in it.
 * Read as the API reads its body ({@link ReferralRequest}, {@link PublicEnrolments#refer}); the form carries a key of
 * its own, so a form posted twice enrols once and shows the same answer. A refusal shows the form again with what was
 * typed and why: bad input 400, a rule of the session 422. The page is never cached and sends no referrer: its
 * address is the secret.
 */
@Controller
@PublicPage
class ReferralPages {

    static final String PAGE = "/referrals/{token}";
    static final String ENROL = PAGE + "/enrolment";
    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final PublicEnrolments enrolments;

    ReferralPages(PublicEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping(PAGE)
    ModelAndView page(@PathVariable String token) {
        PublicEnrolments.Referral referral = enrolments.referral(token);
        return form(referral.session(), token, ReferralForm.empty(), List.of(), null, HttpStatus.OK);
    }

    @PostMapping(ENROL)
    ModelAndView enrol(@PathVariable String token, @RequestParam Map<String, String> posted) {
        PublicSession session = enrolments.referral(token).session();
        ReferralForm form = ReferralForm.of(posted);
        if (!FORM_KEY.matcher(form.requestKey()).matches()) {
            return form(session, token, form.withNewKey(), List.of(new FieldProblem("requestKey", "UUID",
                    "the form is not one this service gave out; fill it in again")), null, HttpStatus.BAD_REQUEST);
        }
        try {
            EnrolmentAnswer answer = enrolments.refer(token, form.request(), List.of(), "form:" + form.requestKey(),
                    LocaleContextHolder.getLocale());
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("courseSession", session);
            model.put("answer", answer);
            model.put("participantName", form.name() == null ? "" : form.name().strip());
            model.put("token", token);
            return new ModelAndView("public/referred", model);
        } catch (InvalidEnrolmentException invalid) {
            return form(session, token, form, invalid.problems(), null, HttpStatus.BAD_REQUEST);
        } catch (TrainingRuleException refused) {
            return form(session, token, form.withNewKey(), List.of(), refused.rule(), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (IdempotencyKeyReusedException reused) {
            return form(session, token, form.withNewKey(), List.of(), "IdempotencyKeyReused",
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private static ModelAndView form(PublicSession session, String token, ReferralForm form, List<FieldProblem> problems,
                                     String refusedBy, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("courseSession", session);
        model.put("token", token);
        model.put("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.rule()));
        model.put("errors", errors);
        model.put("refusedBy", refusedBy);
        return new ModelAndView("public/referral", model, status);
    }

    /** The form as typed, to show it again; {@code requestKey} the key it was given when shown. */
    record ReferralForm(String professionalName, String professionalOrganisation, String professionalEmail,
                        String name, String email, String phone, boolean privacyStatementAccepted, String website,
                        String requestKey) {

        static ReferralForm empty() {
            return new ReferralForm("", "", "", "", "", "", false, "", UUID.randomUUID().toString());
        }

        static ReferralForm of(Map<String, String> posted) {
            return new ReferralForm(posted.get("professionalName"), posted.get("professionalOrganisation"),
                    posted.get("professionalEmail"), posted.get("name"), posted.get("email"), posted.get("phone"),
                    "true".equals(posted.get("privacyStatementAccepted")), posted.get("website"),
                    posted.getOrDefault("requestKey", ""));
        }

        ReferralForm withNewKey() {
            return new ReferralForm(professionalName, professionalOrganisation, professionalEmail, name, email, phone,
                    privacyStatementAccepted, website, UUID.randomUUID().toString());
        }

        ReferralRequest request() {
            return new ReferralRequest(professionalName, professionalOrganisation, professionalEmail, name, email, phone,
                    privacyStatementAccepted ? Boolean.TRUE : null, website);
        }

        /** Keeps what was typed out of logs and exception messages. */
        @Override
        public String toString() {
            return "ReferralForm[...]";
        }
    }
}
