package nl.perspectief.cases.steps;

import java.util.UUID;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.opening.api.DeskCaseReceipt;
import nl.perspectief.cases.opening.api.OpenCaseByDeskCommand;

/**
 * Sends one command of the API and tells what became of it: the case's version after it and whether
 * anything changed. Refusals (rules, stale versions, unknown cases) are thrown on to {@link CaseCommandProblems}.
 */
@Component
class CaseCommandSender {

    private final CommandGateway commands;
    private final CaseVersions versions;

    CaseCommandSender(CommandGateway commands, CaseVersions versions) {
        this.commands = commands;
        this.versions = versions;
    }

    /**
     * @param expectedVersion the version the command carries for Axon to check; {@code null} only for opening
     */
    CaseCommandAnswer send(HttpServletRequest request, UUID caseId, Long expectedVersion, Object command) {
        CommandResultMessage<?> result = sendAndWait(command);
        boolean changed = result.getPayload() != CommandOutcome.UNCHANGED;
        long version = versions.after(caseId, result, expectedVersion);
        CaseCommandLog.outcome(request, changed ? "APPLIED" : "UNCHANGED", version);
        return CaseCommandAnswer.of(caseId, version, changed);
    }

    /**
     * Opens a case at the desk. A repeat under the same idempotency key answers with the first opening's
     * ids, {@code changed: false} and the version that case is at now (what the next step must name).
     */
    CaseCommandAnswer open(HttpServletRequest request, OpenCaseByDeskCommand command) {
        CommandResultMessage<?> result = sendAndWait(command);
        DeskCaseReceipt receipt = (DeskCaseReceipt) result.getPayload();
        request.setAttribute(CaseCommandController.CREATED_CASE, receipt.caseId());
        boolean changed = receipt.outcome() != CommandOutcome.UNCHANGED;
        long version = versions.after(receipt.caseId(), result, null);
        CaseCommandLog.outcome(request, changed ? "APPLIED" : "UNCHANGED", version);
        return CaseCommandAnswer.of(receipt.caseId(), version, changed)
                .withOpened(receipt.applicantId(), receipt.otherPartyId());
    }

    /**
     * As the gateway's {@code sendAndWait}, but answering the whole result message: its metadata carries the
     * version the command left the case at. A refusal is thrown as {@code sendAndWait} throws it.
     */
    private CommandResultMessage<?> sendAndWait(Object command) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commands.send(message, callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            Throwable refusal = result.exceptionResult();
            if (refusal instanceof Error error) {
                throw error;
            }
            if (refusal instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CommandExecutionException("An exception occurred while executing a command", refusal);
        }
        return result;
    }
}
