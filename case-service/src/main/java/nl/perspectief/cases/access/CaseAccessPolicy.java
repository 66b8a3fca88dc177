package nl.perspectief.cases.access;

import java.util.Objects;
import java.util.Set;

import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;

/**
 * Need-to-know, in one place: what a member of staff may read of a case, and whether they may act on it,
 * given the case's status and mediator. The URL rules of the service's security let only the right roles
 * near an endpoint at all; this decides per case.
 * <ul>
 * <li>COMPLIANCE reads every case, whole; takes no step.</li>
 * <li>DESK reads cases in triage whole; once a mediator has it (or it was declined or closed) only its
 * status and mediator, and its timeline not at all.</li>
 * <li>MEDIATOR reads and acts on the cases assigned to them; any other case is as if it did not exist,
 * unless they hold a valid break-glass grant for it, which lets them read it (not act on it).</li>
 * <li>TRAINER and ADMIN read no case content.</li>
 * </ul>
 */
public final class CaseAccessPolicy {

    /** Where the desk still needs the whole case: it decides on scope and assigns a mediator. */
    static final Set<CaseStatus> TRIAGE = Set.of(CaseStatus.AWAITING_TRIAGE, CaseStatus.AWAITING_MEDIATOR);

    /** What of a case is read. */
    public enum Part { DETAIL, TIMELINE }

    /** How a read of one case is answered. */
    public enum Reading {
        /** The whole of it. */
        WHOLE,
        /** The whole of it, by a break-glass grant: logged as such. */
        WHOLE_BY_BREAK_GLASS,
        /** Its status and mediator only ({@link CaseStatusView}). */
        STATUS_AND_MEDIATOR,
        /** Not found, exactly as a case that does not exist. */
        AS_IF_ABSENT,
        /** Refused for the role. */
        FORBIDDEN
    }

    /** Whether a step may be sent to the case (the case's own rules decide the rest). */
    public enum Acting {
        LET_THE_CASE_DECIDE,
        /** A mediator's step on a case not theirs, or on no case: not found. */
        AS_IF_ABSENT,
        /** A mediator reading by break-glass: to act, the desk reassigns the case. */
        BREAK_GLASS_IS_READ_ONLY,
        FORBIDDEN
    }

    /** Whether a mediator may be granted break-glass access to a case. */
    public enum BreakGlass { GRANTABLE, NOT_NEEDED, AS_IF_ABSENT, FORBIDDEN }

    /**
     * @param kase               the case as the read model has it; {@code null} when there is none
     * @param breakGlassGranted whether {@code who} holds a valid break-glass grant for it now
     */
    public Reading toRead(StaffMember who, CaseStatusView kase, Part part, boolean breakGlassGranted) {
        return switch (who.role()) {
            case TRAINER, ADMIN -> Reading.FORBIDDEN;
            case COMPLIANCE -> kase == null ? Reading.AS_IF_ABSENT : Reading.WHOLE;
            case DESK -> {
                if (kase == null) {
                    yield Reading.AS_IF_ABSENT;
                }
                if (TRIAGE.contains(kase.status())) {
                    yield Reading.WHOLE;
                }
                yield part == Part.DETAIL ? Reading.STATUS_AND_MEDIATOR : Reading.AS_IF_ABSENT;
            }
            case MEDIATOR -> {
                if (kase == null) {
                    yield Reading.AS_IF_ABSENT;
                }
                if (assignedTo(who, kase.mediatorId())) {
                    yield Reading.WHOLE;
                }
                yield breakGlassGranted ? Reading.WHOLE_BY_BREAK_GLASS : Reading.AS_IF_ABSENT;
            }
        };
    }

    /**
     * The mediator the case list is limited to for {@code who}: their own id for a mediator (whatever they
     * asked for), {@code requested} for everyone else who may list cases.
     *
     * @param filtersOnCaseContent whether the list is filtered by incident category or waiting deadlines, which
     *                             the desk may know of cases in triage only
     *
     * @return {@link ListScope#nothing()} when a mediator asks for a colleague's cases
     */
    public ListScope toList(StaffMember who, String requestedMediator, boolean filtersOnCaseContent) {
        return switch (who.role()) {
            case TRAINER, ADMIN -> ListScope.FORBIDDEN;
            case COMPLIANCE -> ListScope.of(requestedMediator);
            // a filter on what the desk may no longer see of a case would tell it all the same
            case DESK -> filtersOnCaseContent ? new ListScope(requestedMediator, Set.copyOf(TRIAGE), false, false)
                    : ListScope.of(requestedMediator);
            case MEDIATOR -> requestedMediator == null || requestedMediator.equals(who.staffId())
                    ? ListScope.of(who.staffId())
                    : ListScope.NOTHING;
        };
    }

    /** Whether {@code who} sees an item of the list whole or as status and mediator only. */
    public boolean seesListItemWhole(StaffMember who, CaseStatus status) {
        return who.role() != StaffRole.DESK || TRIAGE.contains(status);
    }

    /**
     * @param assignedMediator the case's mediator now, from its own history; {@code null} when it has none
     * @param exists           whether the case exists at all
     */
    public Acting toAct(StaffMember who, boolean exists, String assignedMediator, boolean breakGlassGranted) {
        return switch (who.role()) {
            case TRAINER, ADMIN, COMPLIANCE -> Acting.FORBIDDEN;
            case DESK -> Acting.LET_THE_CASE_DECIDE;
            case MEDIATOR -> {
                if (exists && assignedTo(who, assignedMediator)) {
                    yield Acting.LET_THE_CASE_DECIDE;
                }
                yield exists && breakGlassGranted ? Acting.BREAK_GLASS_IS_READ_ONLY : Acting.AS_IF_ABSENT;
            }
        };
    }

    /** Break-glass is for covering a colleague's case: a mediator's own case needs none. */
    public BreakGlass toBreakGlass(StaffMember who, CaseStatusView kase) {
        if (who.role() != StaffRole.MEDIATOR) {
            return BreakGlass.FORBIDDEN;
        }
        if (kase == null) {
            return BreakGlass.AS_IF_ABSENT;
        }
        return assignedTo(who, kase.mediatorId()) ? BreakGlass.NOT_NEEDED : BreakGlass.GRANTABLE;
    }

    private static boolean assignedTo(StaffMember who, String mediatorId) {
        return Objects.equals(who.staffId(), mediatorId);
    }

    /**
     * Which cases of the list someone may see.
     *
     * @param mediatorId   only this mediator's cases; {@code null}: every case
     * @param onlyStatuses only cases in these statuses; empty: any
     * @param none         nothing at all (an empty page)
     * @param forbidden  refused for the role
     */
    public record ListScope(String mediatorId, Set<CaseStatus> onlyStatuses, boolean none, boolean forbidden) {

        static final ListScope NOTHING = new ListScope(null, Set.of(), true, false);
        static final ListScope FORBIDDEN = new ListScope(null, Set.of(), false, true);

        static ListScope of(String mediatorId) {
            return new ListScope(mediatorId, Set.of(), false, false);
        }
    }
}
