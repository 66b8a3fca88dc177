package nl.perspectief.training.session.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CourseView;
import nl.perspectief.training.course.api.FindCoursesQuery;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.course.web.ActingStaff;
import nl.perspectief.training.course.web.InvalidFormException;
import nl.perspectief.training.course.web.PageForm;
import nl.perspectief.training.course.web.TrainerPage;
import nl.perspectief.training.course.web.TrainerErrorPages;
import nl.perspectief.training.course.web.TrainerPageRefusal;
import nl.perspectief.training.course.web.TrainerPageRefusal.Kind;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.SessionView;
import nl.perspectief.training.session.web.SessionRequests.AttendanceRequest;
import nl.perspectief.training.session.web.SessionRequests.CancelSessionRequest;
import nl.perspectief.training.session.web.SessionRequests.EnrolRequest;
import nl.perspectief.training.session.web.SessionRequests.PlanSessionRequest;
import nl.perspectief.training.session.web.SessionRequests.PositionRequest;

/**
 * The trainers' pages of sessions: the start page with the sessions to come, a form to plan one, and a session's page
 * with its status and steps, the enrolment list and waiting list (positions, offers and their expiry, moving someone
 * with a reason), a form to enrol someone (a perpetrator with the professional who refers them), a perpetrators'
 * session's referral links to hand to professionals (made and revoked here), a form per day to take attendance, the
 * certificates and the PDFs. They read through {@link SessionReading} (a session's page is in the
 * access log) and act through {@link SessionSteps}, as the API does.
 * <p>
 * A form carries the session's version it was made from, taken as the API's {@code If-Match}: a stale page is told so
 * (409) instead of acting on a list it did not show. A step taken is Post/Redirect/Get (303) with a flash message; a
 * refused one renders the page again with what was typed and why: bad input (400), a change made meanwhile (409), a
 * rule of the session (422).
 */
@Controller
@TrainerPage
class SessionPages {

    static final String HOME = "/trainer";
    static final String NEW = "/trainer/sessions/new";
    static final String SESSIONS = "/trainer/sessions";
    static final String PAGE = "/trainer/sessions/{sessionId}";
    static final String ENROLMENT = PAGE + "/enrolments/{enrolmentId}";
    static final String DAY = PAGE + "/days/{day}";

    private final SessionReading reading;
    private final SessionSteps steps;
    private final PageForm forms;
    private final QueryGateway queries;
    private final ReferralLinkSteps referralLinks;

    SessionPages(SessionReading reading, SessionSteps steps, PageForm forms, QueryGateway queries,
                 ReferralLinkSteps referralLinks) {
        this.reading = reading;
        this.steps = steps;
        this.forms = forms;
        this.queries = queries;
        this.referralLinks = referralLinks;
    }

    /** The sessions to come (and those running now), by their first day. */
    @GetMapping(HOME)
    String home(Model model) {
        model.addAttribute("sessions", reading.sessions(ActingStaff.trainer(), null, null));
        return "trainer/home";
    }

    @GetMapping(NEW)
    String planForm(@RequestParam(name = "course", required = false) UUID courseId, Model model) {
        ActingStaff.trainer();
        model.addAttribute("chosenCourse", courseId);
        return showPlanForm(model);
    }

    @PostMapping(SESSIONS)
    ModelAndView plan(HttpServletRequest request, Model model, RedirectAttributes flash) {
        StaffMember who = ActingStaff.trainer();
        Map<String, String[]> fields = trainersSplit(request.getParameterMap());
        HttpStatus status;
        TrainerPageRefusal refusal;
        try {
            SessionSteps.Done done = steps.plan(who, forms.read(fields, PlanSessionRequest.class));
            return back(done.sessionId(), "plan", null, flash);
        } catch (InvalidFormException invalid) {
            status = HttpStatus.BAD_REQUEST;
            refusal = TrainerPageRefusal.of("plan", Kind.INVALID, invalid.errors(), null, fields);
        } catch (TrainingRuleException refused) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            refusal = TrainerPageRefusal.of("plan", Kind.RULE, List.of(), refused.rule(), fields);
        }
        model.addAttribute("refusal", refusal);
        return new ModelAndView(showPlanForm(model), status);
    }

    @GetMapping(PAGE)
    String session(@PathVariable UUID sessionId, Model model) {
        return show(ActingStaff.trainer(), sessionId, model);
    }

    @PostMapping(PAGE + "/open")
    ModelAndView open(@PathVariable UUID sessionId, HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("open", sessionId, "status", request, model, flash,
                (who, version, fields) -> steps.open(who, sessionId, version));
    }

    @PostMapping(PAGE + "/start")
    ModelAndView start(@PathVariable UUID sessionId, HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("start", sessionId, "status", request, model, flash,
                (who, version, fields) -> steps.start(who, sessionId, version));
    }

    @PostMapping(PAGE + "/cancel")
    ModelAndView cancel(@PathVariable UUID sessionId, HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("cancel", sessionId, "status", request, model, flash, (who, version, fields) ->
                steps.cancel(who, sessionId, version, forms.read(fields, CancelSessionRequest.class).reason()));
    }

    @PostMapping(PAGE + "/complete")
    ModelAndView complete(@PathVariable UUID sessionId, HttpServletRequest request, Model model,
                          RedirectAttributes flash) {
        return take("complete", sessionId, "status", request, model, flash,
                (who, version, fields) -> steps.complete(who, sessionId, version));
    }

    @PostMapping(PAGE + "/enrolments")
    ModelAndView enrol(@PathVariable UUID sessionId, HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("enrol", sessionId, "enrolments", request, model, flash, (who, version, fields) -> {
            SessionSteps.Enrolled enrolled = steps.enrol(who, sessionId, version, forms.read(fields, EnrolRequest.class));
            return new SessionSteps.Done(sessionId, enrolled.version());
        });
    }

    @PostMapping(ENROLMENT + "/cancel")
    ModelAndView cancelEnrolment(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId,
                                 HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("cancel-enrolment:" + enrolmentId, sessionId, "enrolments", request, model, flash,
                (who, version, fields) -> steps.cancelEnrolment(who, sessionId, version, enrolmentId));
    }

    @PostMapping(PAGE + "/waiting-list/{enrolmentId}/position")
    ModelAndView move(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId, HttpServletRequest request,
                      Model model, RedirectAttributes flash) {
        return take("move:" + enrolmentId, sessionId, "waiting-list", request, model, flash, (who, version, fields) -> {
            PositionRequest form = forms.read(fields, PositionRequest.class);
            return steps.moveOnWaitingList(who, sessionId, version, enrolmentId, form.position(), form.reason());
        });
    }

    /** A mark per participant, each in a field {@code mark.<enrolmentId>}; a participant left unmarked is left as is. */
    @PostMapping(DAY + "/attendance")
    ModelAndView attendance(@PathVariable UUID sessionId,
                            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                            HttpServletRequest request, Model model, RedirectAttributes flash) {
        return take("attendance:" + day, sessionId, "attendance-" + day, request, model, flash,
                (who, version, fields) -> steps.recordAttendance(who, sessionId, version, day, marks(fields)));
    }

    @PostMapping(ENROLMENT + "/certificate")
    ModelAndView certificate(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId, HttpServletRequest request,
                             Model model, RedirectAttributes flash) {
        return take("certificate:" + enrolmentId, sessionId, "enrolment-" + enrolmentId, request, model, flash,
                (who, version, fields) -> {
                    SessionSteps.Issued issued = steps.issueCertificate(who, sessionId, version, enrolmentId);
                    return new SessionSteps.Done(sessionId, issued.version());
                });
    }

    /** A new referral link of a perpetrators' session; the page shows it (and every other not revoked) to copy. */
    @PostMapping(PAGE + "/referral-links")
    ModelAndView issueReferralLink(@PathVariable UUID sessionId, HttpServletRequest request, Model model,
                                   RedirectAttributes flash) {
        return take("issue-referral-link", sessionId, "referrals", request, model, flash, (who, version, fields) -> {
            referralLinks.issue(who, sessionId);
            return new SessionSteps.Done(sessionId, version);
        });
    }

    @PostMapping(PAGE + "/referral-links/{linkId}/revoke")
    ModelAndView revokeReferralLink(@PathVariable UUID sessionId, @PathVariable UUID linkId, HttpServletRequest request,
                                    Model model, RedirectAttributes flash) {
        return take("revoke-referral-link:" + linkId, sessionId, "referrals", request, model, flash,
                (who, version, fields) -> {
                    referralLinks.revoke(who, sessionId, linkId);
                    return new SessionSteps.Done(sessionId, version);
                });
    }

    @GetMapping(ENROLMENT + "/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable UUID sessionId, @PathVariable UUID enrolmentId) {
        return SessionController.pdf(reading.certificate(ActingStaff.trainer(), sessionId, enrolmentId));
    }

    @GetMapping(DAY + "/sign-in-sheet.pdf")
    ResponseEntity<byte[]> signInSheet(@PathVariable UUID sessionId,
                                       @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return SessionController.pdf(reading.signInSheet(ActingStaff.trainer(), sessionId, day));
    }

    @ExceptionHandler
    ModelAndView notFound(SessionNotFoundException exception) {
        return TrainerErrorPages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView erased(ParticipantErasedException exception) {
        return TrainerErrorPages.page(HttpStatus.GONE);
    }

    /** Participants that cannot be logged are not shown. */
    @ExceptionHandler
    ModelAndView accessNotLogged(SessionAccessLog.AccessNotLoggedException exception) {
        return TrainerErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A session's page; its forms only while a step is still possible (the template decides which). */
    private String show(StaffMember who, UUID sessionId, Model model) {
        SessionView view = reading.session(who, sessionId);
        model.addAttribute("view", view);
        model.addAttribute("marks", AttendanceMark.values());
        model.addAttribute("marksBy", marksBy(view));
        model.addAttribute("today", reading.today());
        model.addAttribute("referralLinks", view.course().audience() == Audience.PERPETRATORS
                ? referralLinks.active(who, sessionId) : List.of());
        return "trainer/session";
    }

    /** Each participant's latest mark of each day, for the page's table and its attendance forms. */
    private static Map<UUID, Map<LocalDate, AttendanceMark>> marksBy(SessionView view) {
        Map<UUID, Map<LocalDate, AttendanceMark>> marks = new HashMap<>();
        view.enrolments().forEach(enrolment -> {
            Map<LocalDate, AttendanceMark> days = new HashMap<>();
            enrolment.attendance().forEach(mark -> days.put(mark.day(), mark.mark()));
            marks.put(enrolment.enrolmentId(), days);
        });
        return marks;
    }

    private String showPlanForm(Model model) {
        List<CourseView> courses = queries.query(new FindCoursesQuery(null),
                ResponseTypes.multipleInstancesOf(CourseView.class)).join();
        model.addAttribute("courses", courses);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("locationKinds", LocationKind.values());
        model.addAttribute("dayRows", 5);
        return "trainer/session-new";
    }

    /** A step as {@link SessionSteps} takes it, from what the page's form said. */
    @FunctionalInterface
    private interface Step {
        SessionSteps.Done take(StaffMember who, long version, Map<String, String[]> fields);
    }

    private ModelAndView take(String form, UUID sessionId, String anchor, HttpServletRequest request, Model model,
                              RedirectAttributes flash, Step step) {
        StaffMember who = ActingStaff.trainer();
        Map<String, String[]> fields = request.getParameterMap();
        HttpStatus status;
        TrainerPageRefusal refusal;
        try {
            step.take(who, PageForm.version(fields), fields);
            return back(sessionId, form.replaceFirst(":.*", ""), anchor, flash);
        } catch (InvalidFormException invalid) {
            status = HttpStatus.BAD_REQUEST;
            refusal = TrainerPageRefusal.of(form, Kind.INVALID, invalid.errors(), null, fields);
        } catch (StaleVersionException stale) {
            status = HttpStatus.CONFLICT;
            refusal = TrainerPageRefusal.of(form, Kind.CONFLICT, List.of(), null, fields);
        } catch (TrainingRuleException refused) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            refusal = TrainerPageRefusal.of(form, Kind.RULE, List.of(), refused.rule(), fields);
        }
        model.addAttribute("refusal", refusal);
        return new ModelAndView(show(who, sessionId, model), status);
    }

    private static ModelAndView back(UUID sessionId, String step, String anchor, RedirectAttributes flash) {
        flash.addFlashAttribute("done", step);
        RedirectView page = new RedirectView(PAGE.replace("{sessionId}", sessionId.toString())
                + (anchor == null ? "" : "#" + anchor), true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        page.setExposeModelAttributes(false);
        return new ModelAndView(page);
    }

    /** The marks of an attendance form: one per field {@code mark.<enrolmentId>} that was given a mark. */
    private static List<AttendanceRequest> marks(Map<String, String[]> fields) {
        List<AttendanceRequest> marks = new ArrayList<>();
        List<FieldProblem> errors = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (!name.startsWith("mark.") || values.length == 0 || values[0].isBlank()) {
                return;
            }
            try {
                marks.add(new AttendanceRequest(UUID.fromString(name.substring("mark.".length())),
                        AttendanceMark.valueOf(values[0])));
            } catch (IllegalArgumentException notAMark) {
                errors.add(new FieldProblem("mark", "AttendanceMark", "must be one of "
                        + Arrays.toString(AttendanceMark.values())));
            }
        });
        if (errors.isEmpty() && marks.isEmpty()) {
            errors.add(new FieldProblem("mark", "NotEmpty", "must mark at least one participant"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return marks;
    }

    /** The trainers' field of the plan form holds their ids separated by commas or lines; each is a value. */
    private static Map<String, String[]> trainersSplit(Map<String, String[]> fields) {
        Map<String, String[]> split = new HashMap<>(fields);
        String[] trainers = fields.get("trainerIds");
        if (trainers != null) {
            split.put("trainerIds", Arrays.stream(trainers).flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                    .filter(id -> !id.isBlank()).toArray(String[]::new));
        }
        return split;
    }
}
