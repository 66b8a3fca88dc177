package nl.perspectief.cases.triage.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.CaseId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.triage.api.DeclineCaseCommand;
import nl.perspectief.cases.triage.api.LinkCaseCommand;

/**
 * The desk's triage of a case, a member of the {@code Case} aggregate: in scope or not, decided once; a mediator only
 * for an accepted case; links to related cases and duplicates. The case's status and mediator are the {@code Case}'s
 * own (every step asks them), so they come in with the command.
 */
@AggregateState
public class Triage {

    private UUID caseId;
    private Set<CaseLink> links = new LinkedHashSet<>();

    public CommandOutcome accept(AcceptCaseCommand command, CaseStatus status) {
        if (status == CaseStatus.AWAITING_MEDIATOR || status == CaseStatus.IN_PROGRESS) {
            return CommandOutcome.UNCHANGED;
        }
        if (status == CaseStatus.DECLINED) {
            throw new TriageAlreadyDecidedException(caseId, status);
        }
        apply(new CaseAcceptedEvent(caseId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome decline(DeclineCaseCommand command, CaseStatus status) {
        if (status == CaseStatus.DECLINED) {
            return CommandOutcome.UNCHANGED;
        }
        if (status != CaseStatus.AWAITING_TRIAGE) {
            throw new TriageAlreadyDecidedException(caseId, status);
        }
        apply(new CaseDeclinedEvent(caseId, command.reason(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome assignMediator(AssignMediatorCommand command, CaseStatus status, String mediatorId) {
        if (status != CaseStatus.AWAITING_MEDIATOR && status != CaseStatus.IN_PROGRESS) {
            throw new CaseNotAcceptedException(caseId, status);
        }
        if (command.mediatorId().equals(mediatorId)) {
            return CommandOutcome.UNCHANGED;
        }
        if (mediatorId == null) {
            apply(new MediatorAssignedEvent(caseId, command.mediatorId(), command.performedBy(), command.at()));
        } else {
            apply(new MediatorReassignedEvent(caseId, mediatorId, command.mediatorId(), command.performedBy(),
                    command.at()));
        }
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome link(LinkCaseCommand command) {
        if (caseId.equals(CaseId.valueOf(command.linkedCaseId()))) {
            throw new CaseLinkedToItselfException(caseId);
        }
        if (links.contains(new CaseLink(CaseId.valueOf(command.linkedCaseId()), command.linkType()))) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseLinkedEvent(caseId, CaseId.valueOf(command.linkedCaseId()), command.linkType(),
                command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(CaseLinkedEvent event) {
        links.add(new CaseLink(event.linkedCaseId(), event.linkType()));
    }

    record CaseLink(UUID linkedCaseId, LinkType linkType) {
    }
}
