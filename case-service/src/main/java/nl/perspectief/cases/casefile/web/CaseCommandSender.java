package nl.perspectief.cases.casefile.web;

import java.util.UUID;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.DeskCaseReceipt;
import nl.perspectief.cases.casefile.api.OpenCaseByDeskCommand;

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
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        Object result = commands.sendAndWait(message);
        boolean changed = result != CommandOutcome.UNCHANGED;
        long version = versions.after(caseId, message.getIdentifier(), expectedVersion);
        CaseCommandLog.outcome(request, changed ? "APPLIED" : "UNCHANGED", version);
        return CaseCommandAnswer.of(caseId, version, changed);
    }

    /**
     * Opens a case at the desk. A repeat under the same idempotency key answers with the first opening's
     * ids, {@code changed: false} and the version that case is at now (what the next step must name).
     */
    CaseCommandAnswer open(HttpServletRequest request, OpenCaseByDeskCommand command) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        DeskCaseReceipt receipt = commands.sendAndWait(message);
        request.setAttribute(CaseCommandController.CREATED_CASE, receipt.caseId());
        boolean changed = receipt.outcome() != CommandOutcome.UNCHANGED;
        long version = versions.after(receipt.caseId(), message.getIdentifier(), null);
        CaseCommandLog.outcome(request, changed ? "APPLIED" : "UNCHANGED", version);
        return CaseCommandAnswer.of(receipt.caseId(), version, changed)
                .withOpened(receipt.applicantId(), receipt.otherPartyId());
    }
}
