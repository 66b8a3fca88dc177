package nl.perspectief.cases.access.web;

import nl.perspectief.cases.casefile.web.CaseMediators;
import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.BreakGlassGrants;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;

/**
 * A mediator's step on a case that is not theirs is refused before anything else about the request is
 * looked at (its If-Match, its body): answered exactly as a step on a case that does not exist, so a
 * stale version's 409 or a rule's 422 never tells that the case exists. A case with no events is refused
 * alike, so the two cannot be told apart by any other answer. Such attempts are written to the access log.
 */
public class MediatorsOwnCasesOnly implements HandlerInterceptor {

    private final ActingStaffMember acting;
    private final CaseMediators mediators;
    private final BreakGlassGrants grants;
    private final CaseAccessPolicy policy;
    private final CaseAccessLog accessLog;
    private final Clock clock;

    public MediatorsOwnCasesOnly(ActingStaffMember acting, CaseMediators mediators, BreakGlassGrants grants,
                          CaseAccessPolicy policy, CaseAccessLog accessLog, Clock clock) {
        this.acting = acting;
        this.mediators = mediators;
        this.grants = grants;
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        UUID caseId = caseIdOf(request);
        // the dispatch that sends a page step's answer once the read model caught up: checked when it came in
        if (caseId == null || !"POST".equals(request.getMethod()) || request.getDispatcherType() == DispatcherType.ASYNC) {
            return true;
        }
        StaffMember who = acting.of(request);
        if (who.role() != StaffRole.MEDIATOR) {
            return true;
        }
        Optional<CaseMediators.Assignment> assignment = mediators.of(caseId);
        boolean exists = assignment.isPresent();
        String mediator = assignment.map(CaseMediators.Assignment::mediatorId).orElse(null);
        boolean breakGlass = exists && !who.staffId().equals(mediator)
                && grants.validGrant(caseId, who.staffId(), clock.instant()).isPresent();
        switch (policy.toAct(who, exists, mediator, breakGlass)) {
            case LET_THE_CASE_DECIDE -> {
                return true;
            }
            case BREAK_GLASS_IS_READ_ONLY -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.CASE_COMMAND, AccessOutcome.FORBIDDEN);
                throw new BreakGlassIsReadOnlyException();
            }
            default -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.CASE_COMMAND,
                        exists ? AccessOutcome.FORBIDDEN : AccessOutcome.NOT_FOUND);
                throw new CaseNotFoundException(caseId);
            }
        }
    }

    /** The case id only if it is one: a malformed one is answered 400 alike for everyone, further on. */
    private static UUID caseIdOf(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("caseId") instanceof String caseId) {
            try {
                return UUID.fromString(caseId);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
