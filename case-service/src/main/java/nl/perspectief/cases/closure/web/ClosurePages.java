package nl.perspectief.cases.closure.web;

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
import nl.perspectief.cases.closure.web.ClosureRequests.AftercareContactRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.ClosureRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.OutcomeShareRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.ReopenRequest;
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.StepPages;

/**
 * The forms of closing a case, sharing its outcome, aftercare and reopening on the case page: each posts to its step's
 * path below {@code /cases} and is taken by the same {@link ClosureSteps} as the API, then Post/Redirect/Get ({@link
 * StepPages}).
 */
@Controller
@CaseStepPage
class ClosurePages {

    private final StepPages pages;
    private final ClosureSteps closureSteps;

    ClosurePages(StepPages pages, ClosureSteps closureSteps) {
        this.pages = pages;
        this.closureSteps = closureSteps;
    }

    @PostMapping(CasePages.CASE + "/closure")
    CompletableFuture<String> close(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("closure", ClosureRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> closureSteps.close(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/outcome-shares")
    CompletableFuture<String> shareOutcome(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("outcome-shares", OutcomeShareRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> closureSteps.shareOutcome(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/aftercare-contacts")
    CompletableFuture<String> aftercareContact(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("aftercare-contacts", AftercareContactRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> closureSteps.aftercareContact(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/reopen")
    CompletableFuture<String> reopen(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("reopen", ReopenRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> closureSteps.reopen(request, by, caseId, version, body));
    }
}
