package nl.perspectief.cases.casefile.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.access.web.BreakGlassAccess;
import nl.perspectief.cases.access.web.BreakGlassController;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.access.web.SignedInPerson;
import nl.perspectief.cases.casefile.api.CaseListView;
import nl.perspectief.cases.casefile.api.FindCasesQuery;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * The staff's pages about cases: the start page, the case list (the desk's triage queue, a mediator's own
 * cases, every case for compliance), a case and its timeline, and a mediator's break-glass form. They read
 * through {@link CaseReading} and {@link BreakGlassAccess}, as the JSON API does, so the same need-to-know
 * applies and every read is in the access log; refusals are pages (PageProblems).
 */
@Controller
public class CasePages {

    static final String START = "/";
    public static final String CASES = "/cases";
    public static final String CASE = CASES + "/{caseId}";
    static final String TIMELINE = CASE + "/timeline";
    public static final String BREAK_GLASS = CASE + "/break-glass";

    private final ActingStaffMember acting;
    private final CaseReading reading;
    private final BreakGlassAccess breakGlass;
    private final CaseAccessPolicy policy;
    private final CasePage casePage;

    CasePages(ActingStaffMember acting, CaseReading reading, BreakGlassAccess breakGlass, CaseAccessPolicy policy,
              CasePage casePage) {
        this.acting = acting;
        this.casePage = casePage;
        this.reading = reading;
        this.breakGlass = breakGlass;
        this.policy = policy;
    }

    /** Who is signed in, and what their role may do here (for trainers and admins: nothing with cases). */
    @GetMapping(START)
    String start(Authentication authentication, Model model) {
        model.addAttribute("person", SignedInPerson.of(authentication).orElse(null));
        return "start";
    }

    @GetMapping(CASES)
    String cases(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        StaffMember who = acting.of(request);
        CaseListView list = reading.list(who, null, null, null, false, Math.max(page, 0), FindCasesQuery.DEFAULT_SIZE);
        model.addAttribute("whole", list.cases().stream().filter(item -> policy.seesListItemWhole(who,
                item.status())).toList());
        model.addAttribute("reduced", list.cases().stream().filter(item -> !policy.seesListItemWhole(who,
                item.status())).toList());
        model.addAttribute("list", list);
        return "cases";
    }

    @GetMapping(CASE)
    String caseById(@PathVariable UUID caseId, HttpServletRequest request, Model model) {
        return casePage.show(acting.of(request), caseId, model);
    }

    @GetMapping(TIMELINE)
    String timeline(@PathVariable UUID caseId, HttpServletRequest request, Model model) {
        CaseReading.Timeline timeline = reading.timeline(acting.of(request), caseId);
        model.addAttribute("timeline", timeline.view());
        model.addAttribute("byBreakGlass", timeline.byBreakGlass());
        return "timeline";
    }

    /** The form asks for nothing of the case but its id; a mediator's own case needs none and goes to the case. */
    @GetMapping(BREAK_GLASS)
    String breakGlassForm(@PathVariable UUID caseId, HttpServletRequest request, Model model) {
        StaffMember who = acting.of(request);
        switch (policy.toBreakGlass(who, reading.statusOf(caseId).orElse(null))) {
            case NOT_NEEDED -> {
                return "redirect:" + CASES + "/" + caseId;
            }
            case AS_IF_ABSENT -> throw new CaseNotFoundException(caseId);
            case FORBIDDEN -> throw new ReadForbiddenException();
            case GRANTABLE -> {
                // the form
            }
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("minutes", 60);
        return "break-glass";
    }

    /** Limits as the API's: a written reason of 20 to 1000 characters, 1 to 240 minutes. */
    @PostMapping(BREAK_GLASS)
    String breakGlass(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String reason,
                      @RequestParam(defaultValue = "60") String minutes, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        StaffMember who = acting.of(request);
        Integer duration = minutesOf(minutes);
        String trimmed = reason.strip();
        if (trimmed.length() < 20 || trimmed.length() > 1000 || duration == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("caseId", caseId);
            model.addAttribute("reason", reason);
            model.addAttribute("minutes", minutes);
            model.addAttribute("invalid", true);
            return "break-glass";
        }
        try {
            breakGlass.grant(who, caseId, trimmed, Duration.ofMinutes(duration));
        } catch (BreakGlassController.BreakGlassNotNeededException ownCase) {
            // nothing to grant: their own case is theirs to read
        }
        return "redirect:" + CASES + "/" + caseId;
    }

    private static Integer minutesOf(String minutes) {
        try {
            int value = Integer.parseInt(minutes.strip());
            return value >= 1 && value <= 240 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
