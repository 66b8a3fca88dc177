package nl.perspectief.cases.parties.web;

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
import nl.perspectief.cases.parties.web.PartiesRequests.AddPartyRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.ContactDetailsUpdateRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.FirstConversationRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.LanguageRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.PreparationTalkRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.SafetyNotesRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The JSON API of the people on a case and the conversations with each: every step needs {@code If-Match}; answers
 * carry the new version as {@code ETag}.
 */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class PartiesController {

    private final PartiesSteps partiesSteps;

    PartiesController(PartiesSteps partiesSteps) {
        this.partiesSteps = partiesSteps;
    }

    @Operation(summary = "Add a party")
    @PostMapping("/{caseId}/parties")
    ResponseEntity<CaseCommandAnswer> addParty(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody AddPartyRequest body, HttpServletRequest request) {
        return partiesSteps.addParty(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Update a party's name and contact details")
    @PostMapping("/{caseId}/parties/{partyId}/contact-details")
    ResponseEntity<CaseCommandAnswer> updateContactDetails(@PathVariable UUID caseId, @PathVariable UUID partyId,
            StaffMember by, ExpectedVersion version,
            @Valid @RequestBody ContactDetailsUpdateRequest body, HttpServletRequest request) {
        return partiesSteps.updateContactDetails(request, by, caseId, partyId, version, body).asResponse();
    }

    @Operation(summary = "Record a party's safety notes")
    @PostMapping("/{caseId}/parties/{partyId}/safety-notes")
    ResponseEntity<CaseCommandAnswer> safetyNotes(@PathVariable UUID caseId, @PathVariable UUID partyId,
            StaffMember by, ExpectedVersion version,
            @Valid @RequestBody SafetyNotesRequest body, HttpServletRequest request) {
        return partiesSteps.safetyNotes(request, by, caseId, partyId, version, body).asResponse();
    }

    @Operation(summary = "Set a party's preferred language")
    @PostMapping("/{caseId}/parties/{partyId}/language")
    ResponseEntity<CaseCommandAnswer> language(@PathVariable UUID caseId, @PathVariable UUID partyId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody LanguageRequest body, HttpServletRequest request) {
        return partiesSteps.language(request, by, caseId, partyId, version, body).asResponse();
    }

    @Operation(summary = "Record the first conversation")
    @PostMapping("/{caseId}/first-conversation")
    ResponseEntity<CaseCommandAnswer> firstConversation(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody FirstConversationRequest body, HttpServletRequest request) {
        return partiesSteps.firstConversation(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Record a preparation talk")
    @PostMapping("/{caseId}/preparation-talks")
    ResponseEntity<CaseCommandAnswer> preparationTalk(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody PreparationTalkRequest body, HttpServletRequest request) {
        return partiesSteps.preparationTalk(request, by, caseId, version, body).asResponse();
    }
}
