package nl.perspectief.cases.contact.web;

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
import nl.perspectief.cases.contact.web.ContactRequests.CancelMeetingRequest;
import nl.perspectief.cases.contact.web.ContactRequests.ContactAttemptRequest;
import nl.perspectief.cases.contact.web.ContactRequests.FormOfContactRequest;
import nl.perspectief.cases.contact.web.ContactRequests.MeetingRequest;
import nl.perspectief.cases.contact.web.ContactRequests.PartyResponseRequest;
import nl.perspectief.cases.contact.web.ContactRequests.RescheduleRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The JSON API of the approach of the other party, the form of contact, meetings and the message exchange: every step
 * needs {@code If-Match}; answers carry the new version as {@code ETag}.
 */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class ContactController {

    private final ContactSteps contactSteps;

    ContactController(ContactSteps contactSteps) {
        this.contactSteps = contactSteps;
    }

    @Operation(summary = "Record a contact attempt")
    @PostMapping("/{caseId}/contact-attempts")
    ResponseEntity<CaseCommandAnswer> contactAttempt(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody ContactAttemptRequest body, HttpServletRequest request) {
        return contactSteps.contactAttempt(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Record a party's response")
    @PostMapping("/{caseId}/responses")
    ResponseEntity<CaseCommandAnswer> response(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody PartyResponseRequest body, HttpServletRequest request) {
        return contactSteps.response(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Name the applicant to the other party")
    @PostMapping("/{caseId}/share-applicant-name")
    ResponseEntity<CaseCommandAnswer> shareApplicantName(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            HttpServletRequest request) {
        return contactSteps.shareApplicantName(request, by, caseId, version).asResponse();
    }

    @Operation(summary = "Propose a form of contact")
    @PostMapping("/{caseId}/form-of-contact/proposal")
    ResponseEntity<CaseCommandAnswer> proposeFormOfContact(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody FormOfContactRequest body, HttpServletRequest request) {
        return contactSteps.proposeFormOfContact(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Record the agreed form of contact")
    @PostMapping("/{caseId}/form-of-contact/agreement")
    ResponseEntity<CaseCommandAnswer> agreeFormOfContact(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody FormOfContactRequest body, HttpServletRequest request) {
        return contactSteps.agreeFormOfContact(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Schedule a meeting or conference")
    @PostMapping("/{caseId}/meetings")
    ResponseEntity<CaseCommandAnswer> scheduleMeeting(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody MeetingRequest body, HttpServletRequest request) {
        return contactSteps.scheduleMeeting(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Reschedule a meeting")
    @PostMapping("/{caseId}/meetings/{meetingId}/reschedule")
    ResponseEntity<CaseCommandAnswer> rescheduleMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            StaffMember by, ExpectedVersion version,
            @Valid @RequestBody RescheduleRequest body, HttpServletRequest request) {
        return contactSteps.rescheduleMeeting(request, by, caseId, meetingId, version, body).asResponse();
    }

    @Operation(summary = "Cancel a meeting")
    @PostMapping("/{caseId}/meetings/{meetingId}/cancel")
    ResponseEntity<CaseCommandAnswer> cancelMeeting(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            StaffMember by, ExpectedVersion version,
            @Valid @RequestBody CancelMeetingRequest body, HttpServletRequest request) {
        return contactSteps.cancelMeeting(request, by, caseId, meetingId, version, body).asResponse();
    }

    @Operation(summary = "Record a meeting as held")
    @PostMapping("/{caseId}/meetings/{meetingId}/held")
    ResponseEntity<CaseCommandAnswer> meetingHeld(@PathVariable UUID caseId, @PathVariable UUID meetingId,
            StaffMember by, ExpectedVersion version,
            HttpServletRequest request) {
        return contactSteps.meetingHeld(request, by, caseId, meetingId, version).asResponse();
    }

    @Operation(summary = "Open the exchange of messages")
    @PostMapping("/{caseId}/message-exchange/open")
    ResponseEntity<CaseCommandAnswer> openMessageExchange(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            HttpServletRequest request) {
        return contactSteps.openMessageExchange(request, by, caseId, version).asResponse();
    }

    @Operation(summary = "Resume a suspended exchange of messages")
    @PostMapping("/{caseId}/message-exchange/resume")
    ResponseEntity<CaseCommandAnswer> resumeMessageExchange(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            HttpServletRequest request) {
        return contactSteps.resumeMessageExchange(request, by, caseId, version).asResponse();
    }

    @Operation(summary = "Close the exchange of messages")
    @PostMapping("/{caseId}/message-exchange/close")
    ResponseEntity<CaseCommandAnswer> closeMessageExchange(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            HttpServletRequest request) {
        return contactSteps.closeMessageExchange(request, by, caseId, version).asResponse();
    }
}
