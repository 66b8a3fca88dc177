package nl.perspectief.cases.notes.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CaseController;
import nl.perspectief.cases.notes.web.NotesRequests.NoteRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The JSON API of the mediator's notes on a case: every step needs {@code If-Match}; answers carry the new version as
 * {@code ETag}.
 */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class NotesController {

    private final NotesSteps notesSteps;

    NotesController(NotesSteps notesSteps) {
        this.notesSteps = notesSteps;
    }

    @Operation(summary = "Add a note")
    @PostMapping("/{caseId}/notes")
    ResponseEntity<CaseCommandAnswer> addNote(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody NoteRequest body, HttpServletRequest request) {
        return notesSteps.addNote(request, by, caseId, version, body).asResponse();
    }
}
