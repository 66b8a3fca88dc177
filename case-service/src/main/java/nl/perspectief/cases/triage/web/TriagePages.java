package nl.perspectief.cases.triage.web;

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
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.StepPages;
import nl.perspectief.cases.triage.web.TriageRequests.AssignMediatorRequest;
import nl.perspectief.cases.triage.web.TriageRequests.DeclineRequest;
import nl.perspectief.cases.triage.web.TriageRequests.LinkRequest;

/**
 * The forms of the desk's triage of a case: accept, decline, link, assign a mediator on the case page: each posts to
 * its step's path below {@code /cases} and is taken by the same {@link TriageSteps} as the API, then Post/Redirect/Get
 * ({@link StepPages}).
 */
@Controller
@CaseStepPage
class TriagePages {

    private final StepPages pages;
    private final TriageSteps triageSteps;

    TriagePages(StepPages pages, TriageSteps triageSteps) {
        this.pages = pages;
        this.triageSteps = triageSteps;
    }

    @PostMapping(CasePages.CASE + "/accept")
    CompletableFuture<String> accept(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("accept", null, caseId, request, response, model, flash,
                (by, version, body) -> triageSteps.accept(request, by, caseId, version));
    }

    @PostMapping(CasePages.CASE + "/decline")
    CompletableFuture<String> decline(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("decline", DeclineRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> triageSteps.decline(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/link")
    CompletableFuture<String> link(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("link", LinkRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> triageSteps.link(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/assign-mediator")
    CompletableFuture<String> assignMediator(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("assign-mediator", AssignMediatorRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> triageSteps.assignMediator(request, by, caseId, version, body));
    }
}
