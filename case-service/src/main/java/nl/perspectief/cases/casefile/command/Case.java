package nl.perspectief.cases.casefile.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.OpenCaseFromRegistrationCommand;

/**
 * One person's case, from registration to closure. Its events are its only state.
 */
@Aggregate
class Case {

    @AggregateIdentifier
    private UUID caseId;
    private CaseStatus status;

    Case() {
        // Axon rebuilds the case from its events, and creates an empty one for CREATE_IF_MISSING
    }

    /*
     * CREATE_IF_MISSING instead of a constructor handler: the case id is derived from the registration
     * id, so a redelivered registration finds the case already open and is acknowledged without a
     * second event, rather than failing on a duplicate aggregate.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCaseFromRegistrationCommand command) {
        if (isOpen()) {
            return;
        }
        RegistrationRules.check(command);
        apply(new CaseOpenedEvent(
                command.caseId(),
                command.registrationId(),
                command.registrationReference(),
                command.source(),
                command.submittedAt(),
                command.openedAt(),
                command.applicant(),
                command.otherParty(),
                command.incident(),
                command.story(),
                command.referrer(),
                CaseStatus.AWAITING_TRIAGE));
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        status = event.status();
    }

    private boolean isOpen() {
        return status != null;
    }
}
