package nl.perspectief.cases.notes.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.notes.api.AddCaseNoteCommand;
import nl.perspectief.cases.notes.web.NotesRequests.NoteRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The one way in for the steps of the mediator's notes on a case, for the API and the pages alike: each step made into
 * its command from the request, with the ids and the moment this layer gives it, and sent through {@link CaseSteps}.
 */
@Component
class NotesSteps {

    private final CaseSteps steps;

    NotesSteps(CaseSteps steps) {
        this.steps = steps;
    }

    CaseCommandAnswer addNote(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            NoteRequest body) {
        UUID noteId = steps.newId();
        return steps.send(request, caseId, version,
                new AddCaseNoteCommand(CaseId.of(caseId), version.value(), noteId, body.text(), by,
                steps.now())).withNote(noteId);
    }
}
