package nl.perspectief.cases.access.web;

import nl.perspectief.cases.casefile.web.CasePages;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.security.ProblemAccessDeniedHandler.RefusalListener;

/**
 * Writes the refusals made by the URL rules (a signed-in member of staff whose role may not use an
 * endpoint or a page) to the access log, with the case id when the path names one. The pages' paths are the
 * API's without {@code /api}, and are logged as the same resources. Only attempts at case data and
 * at the logs about it; a refused look at the service's metrics is no access to case data.
 * <p>
 * Attempts without a valid token are not written: the access log has no outcome for them, and anyone
 * who can reach the port could fill the serialized hash chain with them (every append takes the chain's
 * lock). Spring Security answers them 401 before they reach anything.
 */
@Component
public class RefusalsToAccessLog implements RefusalListener {

    private static final Logger log = LoggerFactory.getLogger(RefusalsToAccessLog.class);
    private static final String API = "/api";
    private static final Pattern CASE_PATH = Pattern.compile("^" + CasePages.CASES + "/([^/]+)(/.*)?$");

    private final CaseAccessLog accessLog;

    RefusalsToAccessLog(CaseAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void refused(HttpServletRequest request) {
        CaseAccessLog.Actor actor = Actors.current();
        AccessedResource resource = resourceOf(request);
        if (actor == null || resource == null) {
            return;
        }
        try {
            accessLog.read(actor, caseIdOf(request), resource, AccessOutcome.FORBIDDEN);
        } catch (AccessNotLoggedException e) {
            // the refusal is answered all the same: nothing was shown, so nothing is shown unlogged
            log.error("a refusal could not be written to the access log: {}", e.getCause().getClass().getName());
        }
    }

    private static AccessedResource resourceOf(HttpServletRequest request) {
        String path = pathOf(request);
        boolean get = "GET".equals(request.getMethod());
        if (path.equals(CasePages.CASES)) {
            return !get ? AccessedResource.CASE_COMMAND
                    : request.getParameter("registrationReference") != null ? AccessedResource.CASE_BY_REFERENCE
                    : AccessedResource.CASE_LIST;
        }
        Matcher matcher = CASE_PATH.matcher(path);
        if (matcher.matches()) {
            if (path.endsWith(BreakGlassController.BREAK_GLASS)) {
                return AccessedResource.BREAK_GLASS_GRANT;
            }
            if (!get) {
                return AccessedResource.CASE_COMMAND;
            }
            return "/timeline".equals(matcher.group(2)) ? AccessedResource.CASE_TIMELINE : AccessedResource.CASE_DETAIL;
        }
        if (path.equals(CompliancePages.GRANTS)) {
            return AccessedResource.BREAK_GLASS_GRANTS;
        }
        if (path.startsWith(CompliancePages.ACCESS_LOG)) {
            return path.endsWith("/verification")
                    ? AccessedResource.ACCESS_LOG_VERIFICATION : AccessedResource.ACCESS_LOG;
        }
        return null;
    }

    /** The path within the service, the API's without its {@code /api}: the pages' path of the same thing. */
    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API + "/") ? path.substring(API.length()) : path;
    }

    private static UUID caseIdOf(HttpServletRequest request) {
        Matcher matcher = CASE_PATH.matcher(pathOf(request));
        if (!matcher.matches()) {
            return null;
        }
        try {
            return UUID.fromString(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
