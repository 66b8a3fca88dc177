package nl.perspectief.cases.casefile.command;

import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.opening.api.DeskCaseReceipt;
import nl.perspectief.cases.opening.api.OpenCaseByDeskCommand;

/**
 * Opens the cases the desk types in. It lives outside the aggregate because an idempotency key is state
 * across cases (a repeat carries a new case id); it runs in the command's unit of work, whose transaction
 * also appends the case's first event, so the key and the case commit or roll back together: a refused
 * or failed opening leaves no key behind, and a key never exists without its case.
 */
@Component
class DeskCaseOpening {

    private final Repository<Case> cases;
    private final DeskIdempotencyKeys keys;

    DeskCaseOpening(Repository<Case> cases, DeskIdempotencyKeys keys) {
        this.cases = cases;
        this.keys = keys;
    }

    @CommandHandler
    DeskCaseReceipt handle(OpenCaseByDeskCommand command) throws Exception {
        // without someone acting there is no one to scope a key to; the case refuses such an opening anyway
        if (command.idempotencyKey() != null && command.performedBy() != null) {
            Optional<DeskCaseReceipt> earlier = keys.claim(command.performedBy().staffId(), command.idempotencyKey(),
                    command.requestSha256(), receiptOf(command, CommandOutcome.APPLIED), command.openedAt());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        // as Axon's CREATE_IF_MISSING does: the same case id sent again finds the case open
        CommandOutcome outcome = cases.loadOrCreate(command.caseId().value().toString(), Case::new)
                .invoke(opening -> opening.openByDesk(command));
        return receiptOf(command, outcome);
    }

    private static DeskCaseReceipt receiptOf(OpenCaseByDeskCommand command, CommandOutcome outcome) {
        return new DeskCaseReceipt(command.caseId().value(),
                command.applicant() == null ? null : command.applicant().subjectId(),
                command.otherParty() == null ? null : command.otherParty().subjectId(), outcome);
    }
}
