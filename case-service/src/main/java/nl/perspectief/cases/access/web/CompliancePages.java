package nl.perspectief.cases.access.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.accesslog.AccessLog;
import nl.perspectief.accesslog.AccessLogQuery;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.accesslog.InvalidAccessLogQueryException;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * Compliance's pages: the access log searched by case, person and period, its chain verified, and the
 * break-glass grants with their reasons. Each look is itself logged before it is shown, as the API's.
 */
@Controller
public class CompliancePages {

    static final String ACCESS_LOG = "/access-log";
    static final String VERIFICATION = ACCESS_LOG + "/verification";
    static final String GRANTS = "/break-glass-grants";
    private static final int PAGE_SIZE = 50;

    private final ActingStaffMember acting;
    private final AccessLog accessLog;
    private final CaseAccessLog caseAccessLog;
    private final BreakGlassAccess breakGlass;

    CompliancePages(ActingStaffMember acting, AccessLog accessLog, CaseAccessLog caseAccessLog,
                    BreakGlassAccess breakGlass) {
        this.acting = acting;
        this.accessLog = accessLog;
        this.caseAccessLog = caseAccessLog;
        this.breakGlass = breakGlass;
    }

    /** A day's period in UTC: {@code from} at its start, {@code to} up to the end of that day. */
    @GetMapping(ACCESS_LOG)
    String search(@RequestParam(required = false) UUID caseId, @RequestParam(required = false) String actor,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        StaffMember who = acting.of(request);
        model.addAttribute("caseId", caseId);
        model.addAttribute("actor", actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        AccessLogQuery query;
        try {
            query = new AccessLogQuery(caseId, actor == null || actor.isBlank() ? null : actor.strip(),
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), page, PAGE_SIZE);
        } catch (InvalidAccessLogQueryException refused) {
            caseAccessLog.read(Actors.of(who), caseId, AccessedResource.ACCESS_LOG, AccessOutcome.REJECTED);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
            return "access-log";
        }
        caseAccessLog.read(Actors.of(who), caseId, AccessedResource.ACCESS_LOG, AccessOutcome.ALLOWED);
        model.addAttribute("result", accessLog.search(query));
        return "access-log";
    }

    @GetMapping(VERIFICATION)
    String verification(HttpServletRequest request, Model model) {
        caseAccessLog.read(Actors.of(acting.of(request)), null, AccessedResource.ACCESS_LOG_VERIFICATION,
                AccessOutcome.ALLOWED);
        model.addAttribute("verification", accessLog.verify());
        return "verification";
    }

    @GetMapping(GRANTS)
    String grants(HttpServletRequest request, Model model) {
        model.addAttribute("grants", breakGlass.grantedBetween(acting.of(request), null, null, 0, 200));
        return "grants";
    }
}
