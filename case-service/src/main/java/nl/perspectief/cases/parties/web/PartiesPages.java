package nl.perspectief.cases.parties.web;

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
import nl.perspectief.cases.parties.web.PartiesRequests.AddPartyRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.ContactDetailsUpdateRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.FirstConversationRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.LanguageRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.PreparationTalkRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.SafetyNotesRequest;
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.StepPages;

/**
 * The forms of the people on a case and the conversations with each on the case page: each posts to its step's path
 * below {@code /cases} and is taken by the same {@link PartiesSteps} as the API, then Post/Redirect/Get ({@link
 * StepPages}).
 */
@Controller
@CaseStepPage
class PartiesPages {

    private final StepPages pages;
    private final PartiesSteps partiesSteps;

    PartiesPages(StepPages pages, PartiesSteps partiesSteps) {
        this.pages = pages;
        this.partiesSteps = partiesSteps;
    }

    @PostMapping(CasePages.CASE + "/parties")
    CompletableFuture<String> addParty(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("parties", AddPartyRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> partiesSteps.addParty(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/parties/{partyId}/contact-details")
    CompletableFuture<String> updateContactDetails(@PathVariable UUID caseId, @PathVariable UUID partyId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("contact-details:" + partyId, ContactDetailsUpdateRequest.class, caseId, request, response,
                model, flash,
                (by, version, body) -> partiesSteps.updateContactDetails(request, by, caseId, partyId, version, body));
    }

    @PostMapping(CasePages.CASE + "/parties/{partyId}/safety-notes")
    CompletableFuture<String> safetyNotes(@PathVariable UUID caseId, @PathVariable UUID partyId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("safety-notes:" + partyId, SafetyNotesRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> partiesSteps.safetyNotes(request, by, caseId, partyId, version, body));
    }

    @PostMapping(CasePages.CASE + "/parties/{partyId}/language")
    CompletableFuture<String> language(@PathVariable UUID caseId, @PathVariable UUID partyId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("language:" + partyId, LanguageRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> partiesSteps.language(request, by, caseId, partyId, version, body));
    }

    @PostMapping(CasePages.CASE + "/first-conversation")
    CompletableFuture<String> firstConversation(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("first-conversation", FirstConversationRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> partiesSteps.firstConversation(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/preparation-talks")
    CompletableFuture<String> preparationTalk(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("preparation-talks", PreparationTalkRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> partiesSteps.preparationTalk(request, by, caseId, version, body));
    }
}
