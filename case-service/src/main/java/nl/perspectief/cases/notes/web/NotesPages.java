package nl.perspectief.cases.notes.web;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.perspectief.cases.casefile.web.CasePages;
import nl.perspectief.cases.notes.web.NotesRequests.NoteRequest;
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.StepPages;

/**
 * The forms of the mediator's notes on a case on the case page: each posts to its step's path below {@code /cases} and
 * is taken by the same {@link NotesSteps} as the API, then Post/Redirect/Get ({@link StepPages}).
 */
@Controller
@CaseStepPage
class NotesPages {

    private final StepPages pages;
    private final NotesSteps notesSteps;

    NotesPages(StepPages pages, NotesSteps notesSteps) {
        this.pages = pages;
        this.notesSteps = notesSteps;
    }

    @PostMapping(CasePages.CASE + "/notes")
    CompletableFuture<String> addNote(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("notes", NoteRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> notesSteps.addNote(request, by, caseId, version, body));
    }
}
