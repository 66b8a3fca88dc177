package nl.perspectief.cases.consent.web;

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
import nl.perspectief.cases.consent.web.ConsentRequests.ConsentRequest;
import nl.perspectief.cases.consent.web.ConsentRequests.WithdrawalRequest;
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.StepPages;

/**
 * The forms of the consents of a case: recording and withdrawing them on the case page: each posts to its step's path
 * below {@code /cases} and is taken by the same {@link ConsentSteps} as the API, then Post/Redirect/Get ({@link
 * StepPages}).
 */
@Controller
@CaseStepPage
class ConsentPages {

    private final StepPages pages;
    private final ConsentSteps consentSteps;

    ConsentPages(StepPages pages, ConsentSteps consentSteps) {
        this.pages = pages;
        this.consentSteps = consentSteps;
    }

    @PostMapping(CasePages.CASE + "/consents")
    CompletableFuture<String> recordConsent(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("consents", ConsentRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> consentSteps.recordConsent(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/consents/{consentId}/withdrawal")
    CompletableFuture<String> withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("withdrawal:" + consentId, WithdrawalRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> consentSteps.withdrawConsent(request, by, caseId, consentId, version, body));
    }
}
