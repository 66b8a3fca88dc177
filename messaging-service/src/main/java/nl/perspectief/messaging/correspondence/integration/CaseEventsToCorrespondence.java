package nl.perspectief.messaging.correspondence.integration;

import java.util.Optional;
import java.util.UUID;

import nl.perspectief.deadletters.PoisonRecordException;
import nl.perspectief.events.cases.v1.CaseClosed;
import nl.perspectief.events.cases.v1.CaseOpened;
import nl.perspectief.events.cases.v1.CaseReopened;
import nl.perspectief.events.cases.v1.CaseTopicPayload;
import nl.perspectief.events.cases.v1.ConsentWithdrawn;
import nl.perspectief.events.cases.v1.MediatorAssigned;
import nl.perspectief.events.cases.v1.MessageExchangeClosed;
import nl.perspectief.events.cases.v1.MessageExchangeOpened;
import nl.perspectief.events.cases.v1.MessageExchangeResumed;
import nl.perspectief.events.cases.v1.MessageExchangeSuspended;
import nl.perspectief.events.cases.v1.PartySide;
import nl.perspectief.messaging.correspondence.api.CloseCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.OpenCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.ResumeCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.SetCorrespondenceMediatorCommand;
import nl.perspectief.messaging.correspondence.api.SuspendCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.SuspensionReason;

/**
 * What case-service says on {@code cases.case-events.v1}, in the correspondence's own commands: the only class that
 * knows case-service's contract, mapping it word by word (a new payload does not compile until someone decides what
 * it means here). A withdrawn consent needs no mapping of its own: case-service suspends the exchange in the same
 * command and publishes that; a closed case closes its exchange the same way.
 */
final class CaseEventsToCorrespondence {

    private CaseEventsToCorrespondence() {
    }

    /** The command for the correspondence, or none when the event means nothing to it. */
    static Optional<Object> commandFor(CaseTopicPayload payload) {
        return Optional.ofNullable(switch (payload) {
            case MediatorAssigned assigned ->
                    new SetCorrespondenceMediatorCommand(assigned.caseId(), assigned.mediatorId(), assigned.assignedAt());
            case MessageExchangeOpened opened -> new OpenCorrespondenceCommand(opened.caseId(), opened.exchangeId(),
                    partyOn(opened, PartySide.APPLICANT), partyOn(opened, PartySide.OTHER_PARTY), opened.mediatorId(),
                    opened.openedAt());
            case MessageExchangeSuspended suspended -> new SuspendCorrespondenceCommand(suspended.caseId(),
                    suspended.exchangeId(), reasonOf(suspended.reason()), suspended.suspendedAt());
            case MessageExchangeResumed resumed -> new ResumeCorrespondenceCommand(resumed.caseId(),
                    resumed.exchangeId(), resumed.resumedAt());
            case MessageExchangeClosed closed -> new CloseCorrespondenceCommand(closed.caseId(), closed.exchangeId(),
                    closed.closedAt());
            case CaseOpened opened -> null;
            case ConsentWithdrawn withdrawn -> null;
            case CaseClosed closed -> null;
            case CaseReopened reopened -> null;
        });
    }

    private static SuspensionReason reasonOf(nl.perspectief.events.cases.v1.SuspensionReason reason) {
        return switch (reason) {
            case CONSENT_WITHDRAWN -> SuspensionReason.CONSENT_WITHDRAWN;
            case CASE_CLOSED -> SuspensionReason.CASE_CLOSED;
            case MEDIATOR_DECISION -> SuspensionReason.MEDIATOR_DECISION;
            case null -> SuspensionReason.MEDIATOR_DECISION;
        };
    }

    private static UUID partyOn(MessageExchangeOpened opened, PartySide side) {
        return opened.parties().stream()
                .filter(party -> party.side() == side)
                .map(MessageExchangeOpened.Party::partyId)
                .findFirst()
                .orElseThrow(() -> new PoisonRecordException(
                        "MessageExchangeOpened of case " + opened.caseId() + " names no party on the " + side + " side"));
    }
}
