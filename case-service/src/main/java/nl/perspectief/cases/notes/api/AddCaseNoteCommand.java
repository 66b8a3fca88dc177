package nl.perspectief.cases.notes.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A confidential note of the mediator on the case.
 *
 * @param noteId a new id; a note sent again with the same id is added once
 */
public record AddCaseNoteCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID noteId,
        String text,
        StaffMember performedBy,
        Instant at) {
}
