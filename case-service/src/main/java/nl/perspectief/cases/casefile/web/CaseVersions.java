package nl.perspectief.cases.casefile.web;

import java.util.Optional;
import java.util.UUID;

/** The version of a case as Axon counts it: the sequence number of its last event, 0 after opening. */
interface CaseVersions {

    /** The version now; empty for a case that does not exist. */
    Optional<Long> current(UUID caseId);

    /**
     * The version right after one command: the sequence number of the last event that command caused,
     * or {@code before} if it caused none. Found by the command's id (Axon's correlation id on each event
     * it caused), so a step another mediator took just after it is never counted as seen.
     *
     * @param before the version the command was checked against; {@code null} when unchecked (opening)
     */
    long after(UUID caseId, String commandId, Long before);
}
