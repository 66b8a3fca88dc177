package nl.perspectief.messaging.correspondence.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.security.ProblemAccessDeniedHandler.RefusalListener;

/**
 * Writes the refusals made by the URL rules (a signed-in member of staff whose role may not use an endpoint or a page)
 * to the access log, with the case id when the path names one; the pages' paths are the API's without {@code /api}.
 * Attempts without a valid token are not written (they are answered 401 before anything; see case-service's).
 */
@Component
class RefusalsToAccessLog implements RefusalListener {

    private static final Logger log = LoggerFactory.getLogger(RefusalsToAccessLog.class);
    private static final Pattern CASE_PATH = Pattern.compile("^(?:/api)?/cases/([^/]+)/correspondence(/.*)?$");

    private final CorrespondenceAccessLog accessLog;

    RefusalsToAccessLog(CorrespondenceAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void refused(HttpServletRequest request) {
        StaffMember who = ActingStaff.currentOrNull();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = CASE_PATH.matcher(path);
        AccessedResource resource;
        UUID caseId = null;
        if (matcher.matches()) {
            caseId = uuidOrNull(matcher.group(1));
            String rest = matcher.group(2);
            resource = !"GET".equals(request.getMethod()) ? AccessedResource.CASE_COMMAND
                    : rest != null && rest.startsWith("/attachments/") ? AccessedResource.MESSAGE_ATTACHMENT
                    : AccessedResource.CORRESPONDENCE;
        } else if (path.equals("/correspondence") || path.equals("/api/correspondence")) {
            resource = AccessedResource.CORRESPONDENCE_LIST;
        } else {
            return;
        }
        if (who == null) {
            return;
        }
        try {
            accessLog.read(who, caseId, resource, AccessOutcome.FORBIDDEN);
        } catch (CorrespondenceAccessLog.AccessNotLoggedException e) {
            log.error("a refusal could not be written to the access log: {}", e.getCause().getClass().getName());
        }
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
