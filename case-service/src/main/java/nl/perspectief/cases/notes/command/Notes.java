package nl.perspectief.cases.notes.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.notes.api.AddCaseNoteCommand;

/** The mediator's notes on a case, a member of the {@code Case} aggregate: a note sent twice is added once. */
@AggregateState
public class Notes {

    private UUID caseId;
    private Set<UUID> noteIds = new LinkedHashSet<>();

    public CommandOutcome add(AddCaseNoteCommand command) {
        if (noteIds.contains(command.noteId())) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseNoteAddedEvent(caseId, command.noteId(), command.text(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(CaseNoteAddedEvent event) {
        noteIds.add(event.noteId());
    }
}
