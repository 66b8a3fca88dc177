package nl.perspectief.cases.casefile.web;

import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.BreakGlassGrants;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.cases.access.CaseAccessPolicy.Part;
import nl.perspectief.cases.access.CaseAccessPolicy.Reading;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseListView;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.FindCaseDetailQuery;
import nl.perspectief.cases.casefile.api.FindCaseStatusQuery;
import nl.perspectief.cases.casefile.api.FindCaseTimelineQuery;
import nl.perspectief.cases.casefile.api.FindCasesQuery;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.casefile.api.IncidentCategory;

/**
 * Reading a case as far as {@link CaseAccessPolicy} lets the member of staff read it, the same for the JSON API
 * and the pages: every read is appended to the access log before it is answered, whatever its outcome, and a
 * case the reader may not know of is refused exactly as one that does not exist.
 */
@Component
public class CaseReading {

    private final QueryGateway queries;
    private final CaseAccessLog accessLog;
    private final CaseAccessPolicy policy;
    private final BreakGlassGrants grants;
    private final Clock clock;

    CaseReading(QueryGateway queries, CaseAccessLog accessLog, CaseAccessPolicy policy, BreakGlassGrants grants,
                Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.policy = policy;
        this.grants = grants;
        this.clock = clock;
    }

    /** A case's detail as read: whole, or (the desk's after triage) its status and mediator only. */
    sealed interface Detail permits Whole, StatusAndMediator {
    }

    /** @param byBreakGlass read only because of a break-glass grant: flagged wherever it is shown */
    record Whole(CaseDetailView view, boolean byBreakGlass) implements Detail {
    }

    record StatusAndMediator(CaseStatusView view) implements Detail {
    }

    record Timeline(CaseTimelineView view, boolean byBreakGlass) {
    }

    /**
     * @throws CaseNotFoundException  for a case that does not exist or that {@code who} may not know of
     * @throws ReadForbiddenException for a role that reads no case
     */
    Detail detail(StaffMember who, UUID caseId) {
        Optional<CaseStatusView> kase = statusOf(caseId);
        Optional<UUID> grant = breakGlassGrant(who, kase);
        Reading reading = policy.toRead(who, kase.orElse(null), Part.DETAIL, grant.isPresent());
        refuseUnlessReadable(who, caseId, kase, reading, AccessedResource.CASE_DETAIL);
        if (reading == Reading.STATUS_AND_MEDIATOR) {
            accessLog.read(Actors.of(who), caseId, AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED);
            return new StatusAndMediator(kase.get());
        }
        Optional<CaseDetailView> found = queries.query(new FindCaseDetailQuery(caseId),
                ResponseTypes.optionalInstanceOf(CaseDetailView.class)).join();
        logRead(who, caseId, AccessedResource.CASE_DETAIL, grant, found.isPresent());
        return new Whole(found.orElseThrow(() -> new CaseNotFoundException(caseId)), grant.isPresent());
    }

    /** @throws CaseNotFoundException, ReadForbiddenException as {@link #detail} */
    Timeline timeline(StaffMember who, UUID caseId) {
        Optional<CaseStatusView> kase = statusOf(caseId);
        Optional<UUID> grant = breakGlassGrant(who, kase);
        Reading reading = policy.toRead(who, kase.orElse(null), Part.TIMELINE, grant.isPresent());
        refuseUnlessReadable(who, caseId, kase, reading, AccessedResource.CASE_TIMELINE);
        CaseTimelineView timeline = queries.query(new FindCaseTimelineQuery(caseId),
                ResponseTypes.instanceOf(CaseTimelineView.class)).join();
        logRead(who, caseId, AccessedResource.CASE_TIMELINE, grant, !timeline.entries().isEmpty());
        if (timeline.entries().isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
        return new Timeline(timeline, grant.isPresent());
    }

    /**
     * The list holds no personal data, so one access record covers the page. A mediator's list is always
     * their own cases: asking for a colleague's answers an empty page, as if they had none.
     *
     * @throws ReadForbiddenException for a role that lists no cases
     */
    CaseListView list(StaffMember who, CaseStatus status, String mediator, IncidentCategory category, boolean waiting,
                      int page, int size) {
        CaseAccessPolicy.ListScope scope = policy.toList(who, mediator, category != null || waiting);
        if (scope.forbidden()) {
            accessLog.read(Actors.of(who), null, AccessedResource.CASE_LIST, AccessOutcome.FORBIDDEN);
            throw new ReadForbiddenException();
        }
        accessLog.read(Actors.of(who), null, AccessedResource.CASE_LIST, AccessOutcome.ALLOWED);
        if (scope.none()) {
            return new CaseListView(List.of(), page, size, 0);
        }
        CaseListView list = queries.query(new FindCasesQuery(status, scope.mediatorId(), category, waiting, page, size,
                        scope.onlyStatuses()),
                ResponseTypes.instanceOf(CaseListView.class)).join();
        return new CaseListView(list.cases().stream()
                .map(item -> policy.seesListItemWhole(who, item.status()) ? item : item.statusAndMediatorOnly())
                .toList(), list.page(), list.size(), list.total());
    }

    public Optional<CaseStatusView> statusOf(UUID caseId) {
        return queries.query(new FindCaseStatusQuery(caseId), ResponseTypes.optionalInstanceOf(CaseStatusView.class))
                .join();
    }

    /** Looked up only where it matters: a mediator reading a case that exists and is not theirs. */
    Optional<UUID> breakGlassGrant(StaffMember who, Optional<CaseStatusView> kase) {
        if (who.role() != StaffRole.MEDIATOR || kase.isEmpty() || who.staffId().equals(kase.get().mediatorId())) {
            return Optional.empty();
        }
        return grants.validGrant(kase.get().caseId(), who.staffId(), clock.instant());
    }

    /**
     * Logs and throws a refused read. A case that exists but is not the caller's to know is answered
     * exactly as one that does not exist, and logged as {@code FORBIDDEN}: compliance sees the attempt
     * for what it was.
     */
    void refuseUnlessReadable(StaffMember who, UUID caseId, Optional<CaseStatusView> kase, Reading reading,
                              AccessedResource resource) {
        if (reading == Reading.FORBIDDEN) {
            accessLog.read(Actors.of(who), caseId, resource, AccessOutcome.FORBIDDEN);
            throw new ReadForbiddenException();
        }
        if (reading == Reading.AS_IF_ABSENT) {
            accessLog.read(Actors.of(who), caseId, resource,
                    kase.isPresent() ? AccessOutcome.FORBIDDEN : AccessOutcome.NOT_FOUND);
            throw new CaseNotFoundException(caseId);
        }
    }

    void logRead(StaffMember who, UUID caseId, AccessedResource resource, Optional<UUID> grant, boolean found) {
        if (!found) {
            accessLog.read(Actors.of(who), caseId, resource, AccessOutcome.NOT_FOUND);
        } else if (grant.isPresent()) {
            accessLog.readByBreakGlass(Actors.of(who), caseId, resource, grant.get());
        } else {
            accessLog.read(Actors.of(who), caseId, resource, AccessOutcome.ALLOWED);
        }
    }
}
