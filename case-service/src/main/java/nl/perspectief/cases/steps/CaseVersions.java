package nl.perspectief.cases.steps;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.CommandResultMessage;

/** The version of a case as Axon counts it: the sequence number of its last event, 0 after opening. */
interface CaseVersions {

    /** The version now; empty for a case that does not exist. */
    Optional<Long> current(UUID caseId);

    /**
     * The version right after one command: the sequence number of the last event that command caused, or the
     * version it found if it caused none, as the aggregate answered it ({@link
     * nl.perspectief.cases.casefile.api.CommandOutcome#VERSION_AFTER}), so a step another mediator took just after
     * it is never counted as seen. A command the aggregate did not answer (the desk's opening): {@code before}, or
     * the version now.
     *
     * @param before the version the command was checked against; {@code null} when unchecked (opening)
     */
    long after(UUID caseId, CommandResultMessage<?> result, Long before);
}
