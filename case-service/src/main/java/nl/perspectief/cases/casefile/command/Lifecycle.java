package nl.perspectief.cases.casefile.command;

import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.triage.command.TriageIsForTheDeskException;
import nl.perspectief.security.StaffRole;

/**
 * Where a case stands as a whole and who runs it, a member of the {@code Case} aggregate: its status and its
 * mediator, and the rules of who may act in that state, which every step of every feature is checked against first.
 */
@AggregateState
class Lifecycle {

    private UUID caseId;
    private CaseStatus status;
    private String mediatorId;

    boolean isOpen() {
        return status != null;
    }

    CaseStatus status() {
        return status;
    }

    String mediatorId() {
        return mediatorId;
    }

    /** Triage is the desk's, and ends with closure. */
    void triageBy(StaffMember by) {
        if (by == null || by.role() != StaffRole.DESK) {
            throw new TriageIsForTheDeskException(caseId, by);
        }
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseId);
        }
    }

    /** A step on a case that is neither closed nor declined, by its own mediator. */
    void stepBy(StaffMember by) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseId);
        }
        if (status == CaseStatus.DECLINED) {
            throw new CaseDeclinedException(caseId);
        }
        mediatorOnly(by);
    }

    /** Contact always goes through the case's own mediator, even on a closed case. */
    void mediatorOnly(StaffMember by) {
        if (by == null || by.role() != StaffRole.MEDIATOR || mediatorId == null
                || !mediatorId.equals(by.staffId())) {
            throw new NotTheAssignedMediatorException(caseId, by);
        }
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        status = event.status();
    }

    @EventSourcingHandler
    void on(CaseAcceptedEvent event) {
        status = CaseStatus.AWAITING_MEDIATOR;
    }

    @EventSourcingHandler
    void on(CaseDeclinedEvent event) {
        status = CaseStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(MediatorAssignedEvent event) {
        mediatorId = event.mediatorId();
        status = CaseStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(MediatorReassignedEvent event) {
        mediatorId = event.mediatorId();
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        status = CaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        status = CaseStatus.IN_PROGRESS;
    }
}
