package nl.perspectief.cases.steps;

import java.time.Clock;
import java.time.Instant;
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
 * The one way a step of a case is taken, from the API and from the pages alike: every feature's application
 * service makes its command here ({@link #now()}, {@link #newId()}: time and ids come from this layer, never from
 * the aggregate or the client) and sends it here, and is told what became of it: the case's version after it and
 * whether anything changed. Refusals are thrown as the types they are (the rules' {@code CaseRuleException}s,
 * Axon's stale version and unknown case), for {@link CaseCommandProblems} (API) and {@link StepPages} (pages).
 */
@Component
public class CaseSteps {

    /** The request attribute naming the case a desk's opening made, for the command log and the refusals. */
    public static final String CREATED_CASE = CaseSteps.class.getName() + ".createdCase";

    private final CommandGateway commands;
    private final CaseVersions versions;
    private final Clock clock;

    CaseSteps(CommandGateway commands, CaseVersions versions, Clock clock) {
        this.commands = commands;
        this.versions = versions;
        this.clock = clock;
    }

    /** The moment a step is taken, from the service's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The id of something a step creates (a party, a consent, a meeting, a note, a case). */
    public UUID newId() {
        return UUID.randomUUID();
    }

    /**
     * @param version the version the client saw, which the command carries for Axon to check
     */
    public CaseCommandAnswer send(HttpServletRequest request, UUID caseId, ExpectedVersion version, Object command) {
        CommandResultMessage<?> result = sendAndWait(command);
        boolean changed = result.getPayload() != CommandOutcome.UNCHANGED;
        long after = versions.after(caseId, result, version.value());
        CaseCommandLog.outcome(request, changed ? "APPLIED" : "UNCHANGED", after);
        return CaseCommandAnswer.of(caseId, after, changed);
    }

    /**
     * Opens a case at the desk. A repeat under the same idempotency key answers with the first opening's
     * ids, {@code changed: false} and the version that case is at now (what the next step must name).
     */
    public CaseCommandAnswer open(HttpServletRequest request, OpenCaseByDeskCommand command) {
        CommandResultMessage<?> result = sendAndWait(command);
        DeskCaseReceipt receipt = (DeskCaseReceipt) result.getPayload();
        request.setAttribute(CREATED_CASE, receipt.caseId());
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
