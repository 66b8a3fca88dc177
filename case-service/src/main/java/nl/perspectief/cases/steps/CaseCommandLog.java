package nl.perspectief.cases.steps;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One line per command request, whatever became of it: case id, step (the endpoint as mapped, never
 * the raw URI), outcome and the version after it. Never a body, a header value or a rule's message:
 * those may hold personal data. Its own logger, apart from the access log of reads.
 */
class CaseCommandLog implements HandlerInterceptor {

    static final String LOGGER = "perspectief.commands";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final String OUTCOME = CaseCommandLog.class.getName() + ".outcome";
    private static final String VERSION = CaseCommandLog.class.getName() + ".version";

    /** Notes what became of the command, for the line written once the answer is out. */
    static void outcome(HttpServletRequest request, String outcome, Long version) {
        request.setAttribute(OUTCOME, outcome);
        if (version != null) {
            request.setAttribute(VERSION, version);
        }
    }

    static void outcome(HttpServletRequest request, String outcome) {
        outcome(request, outcome, null);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!HttpMethod.POST.matches(request.getMethod())) {
            return;
        }
        Object outcome = request.getAttribute(OUTCOME);
        Object version = request.getAttribute(VERSION);
        log.info("case-command caseId={} step=\"POST {}\" outcome={} status={} version={}",
                caseIdOf(request), request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
                outcome == null ? "-" : outcome, response.getStatus(), version == null ? "-" : version);
    }

    /** The case id only if it is one: a malformed path segment may hold anything. */
    private static String caseIdOf(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object created = request.getAttribute(CaseSteps.CREATED_CASE);
        if (created != null) {
            return created.toString();
        }
        if (variables instanceof Map<?, ?> map && map.get("caseId") instanceof String caseId) {
            try {
                return UUID.fromString(caseId).toString();
            } catch (IllegalArgumentException e) {
                return "-";
            }
        }
        return "-";
    }
}
