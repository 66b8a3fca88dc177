package nl.perspectief.cases.access.web;

import nl.perspectief.cases.casefile.web.CaseNotFoundException;
import nl.perspectief.cases.casefile.web.CaseReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.BreakGlassGrant;
import nl.perspectief.cases.access.BreakGlassGrants;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * Break-glass, the same for the JSON API and the pages: granted at once to a mediator for a colleague's case
 * (it is an emergency measure), logged in the access log, counted in {@value #COUNTER}; compliance lists the
 * grants with their reasons, and that look is logged too.
 */
@Component
public class BreakGlassAccess {

    static final String COUNTER = "perspectief.cases.break.glass";

    private final BreakGlassGrants grants;
    private final CaseReading reading;
    private final CaseAccessPolicy policy;
    private final CaseAccessLog accessLog;
    private final Clock clock;
    private final Counter granted;

    BreakGlassAccess(BreakGlassGrants grants, CaseReading reading, CaseAccessPolicy policy, CaseAccessLog accessLog,
                     Clock clock, MeterRegistry meters) {
        this.grants = grants;
        this.reading = reading;
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
        this.granted = Counter.builder(COUNTER)
                .description("Break-glass accesses granted to mediators for cases not assigned to them")
                .register(meters);
    }

    /**
     * @throws ReadForbiddenException for anyone but a mediator
     * @throws CaseNotFoundException  for a case that does not exist
     * @throws BreakGlassController.BreakGlassNotNeededException for the mediator's own case
     */
    public BreakGlassGrant grant(StaffMember who, UUID caseId, String reason, Duration duration) {
        switch (policy.toBreakGlass(who, reading.statusOf(caseId).orElse(null))) {
            case FORBIDDEN -> throw new ReadForbiddenException();
            case AS_IF_ABSENT -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.BREAK_GLASS_GRANT, AccessOutcome.NOT_FOUND);
                throw new CaseNotFoundException(caseId);
            }
            case NOT_NEEDED -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.BREAK_GLASS_GRANT, AccessOutcome.REJECTED);
                throw new BreakGlassController.BreakGlassNotNeededException();
            }
            case GRANTABLE -> {
                // falls through to the grant
            }
        }
        BreakGlassGrant grant = grants.grant(caseId, who.staffId(), reason, duration, clock.instant());
        accessLog.readByBreakGlass(Actors.of(who), caseId, AccessedResource.BREAK_GLASS_GRANT, grant.grantId());
        granted.increment();
        return grant;
    }

    /**
     * Compliance's list: every grant in the period, newest first, with its reason.
     *
     * @throws BreakGlassController.PeriodReversedException when {@code from} is after {@code to}
     */
    List<BreakGlassGrant> grantedBetween(StaffMember who, Instant from, Instant to, int page, int size) {
        if (from != null && to != null && from.isAfter(to)) {
            accessLog.read(Actors.of(who), null, AccessedResource.BREAK_GLASS_GRANTS, AccessOutcome.REJECTED);
            throw new BreakGlassController.PeriodReversedException();
        }
        accessLog.read(Actors.of(who), null, AccessedResource.BREAK_GLASS_GRANTS, AccessOutcome.ALLOWED);
        return grants.grantedBetween(from, to, page, size);
    }
}
