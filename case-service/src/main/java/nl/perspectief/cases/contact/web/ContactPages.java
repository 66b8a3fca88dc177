package nl.perspectief.cases.contact.web;

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
import nl.perspectief.cases.contact.web.ContactRequests.CancelMeetingRequest;
import nl.perspectief.cases.contact.web.ContactRequests.ContactAttemptRequest;
import nl.perspectief.cases.contact.web.ContactRequests.FormOfContactRequest;
import nl.perspectief.cases.contact.web.ContactRequests.MeetingRequest;
import nl.perspectief.cases.contact.web.ContactRequests.PartyResponseRequest;
import nl.perspectief.cases.contact.web.ContactRequests.RescheduleRequest;
import nl.perspectief.cases.steps.CaseStepPage;
import nl.perspectief.cases.steps.StepPages;

/**
 * The forms of the approach of the other party, the form of contact, meetings and the message exchange on the case
 * page: each posts to its step's path below {@code /cases} and is taken by the same {@link ContactSteps} as the API,
 * then Post/Redirect/Get ({@link StepPages}).
 */
@Controller
@CaseStepPage
class ContactPages {

    private final StepPages pages;
    private final ContactSteps contactSteps;

    ContactPages(StepPages pages, ContactSteps contactSteps) {
        this.pages = pages;
        this.contactSteps = contactSteps;
    }

    @PostMapping(CasePages.CASE + "/contact-attempts")
    CompletableFuture<String> contactAttempt(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("contact-attempts", ContactAttemptRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.contactAttempt(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/responses")
    CompletableFuture<String> response(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("responses", PartyResponseRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.response(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/share-applicant-name")
    CompletableFuture<String> shareApplicantName(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("share-applicant-name", null, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.shareApplicantName(request, by, caseId, version));
    }

    @PostMapping(CasePages.CASE + "/form-of-contact/proposal")
    CompletableFuture<String> proposeFormOfContact(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("proposal", FormOfContactRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.proposeFormOfContact(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/form-of-contact/agreement")
    CompletableFuture<String> agreeFormOfContact(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("agreement", FormOfContactRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.agreeFormOfContact(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/meetings")
    CompletableFuture<String> scheduleMeeting(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("meetings", MeetingRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.scheduleMeeting(request, by, caseId, version, body));
    }

    @PostMapping(CasePages.CASE + "/meetings/{meetingId}/reschedule")
    CompletableFuture<String> rescheduleMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("reschedule:" + meetingId, RescheduleRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.rescheduleMeeting(request, by, caseId, meetingId, version, body));
    }

    @PostMapping(CasePages.CASE + "/meetings/{meetingId}/cancel")
    CompletableFuture<String> cancelMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("cancel:" + meetingId, CancelMeetingRequest.class, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.cancelMeeting(request, by, caseId, meetingId, version, body));
    }

    @PostMapping(CasePages.CASE + "/meetings/{meetingId}/held")
    CompletableFuture<String> meetingHeld(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("held:" + meetingId, null, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.meetingHeld(request, by, caseId, meetingId, version));
    }

    @PostMapping(CasePages.CASE + "/message-exchange/open")
    CompletableFuture<String> openMessageExchange(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("exchange-open", null, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.openMessageExchange(request, by, caseId, version));
    }

    @PostMapping(CasePages.CASE + "/message-exchange/resume")
    CompletableFuture<String> resumeMessageExchange(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("exchange-resume", null, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.resumeMessageExchange(request, by, caseId, version));
    }

    @PostMapping(CasePages.CASE + "/message-exchange/close")
    CompletableFuture<String> closeMessageExchange(@PathVariable UUID caseId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        return pages.take("exchange-close", null, caseId, request, response, model, flash,
                (by, version, body) -> contactSteps.closeMessageExchange(request, by, caseId, version));
    }
}
