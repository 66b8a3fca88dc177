package nl.perspectief.cases.parties.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.parties.api.AddPartyCommand;
import nl.perspectief.cases.parties.api.RecordFirstConversationCommand;
import nl.perspectief.cases.parties.api.RecordPreparationTalkCommand;
import nl.perspectief.cases.parties.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.parties.api.SetPreferredLanguageCommand;
import nl.perspectief.cases.parties.api.UpdatePartyContactDetailsCommand;
import nl.perspectief.cases.parties.web.PartiesRequests.AddPartyRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.ContactDetailsUpdateRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.FirstConversationRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.LanguageRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.PreparationTalkRequest;
import nl.perspectief.cases.parties.web.PartiesRequests.SafetyNotesRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseCommandRequests;
import nl.perspectief.cases.steps.CaseSteps;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The one way in for the steps of the people on a case and the conversations with each, for the API and the pages
 * alike: each step made into its command from the request, with the ids and the moment this layer gives it, and sent
 * through {@link CaseSteps}.
 */
@Component
class PartiesSteps {

    private final CaseSteps steps;

    PartiesSteps(CaseSteps steps) {
        this.steps = steps;
    }

    CaseCommandAnswer addParty(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            AddPartyRequest body) {
        UUID partyId = steps.newId();
        return steps.send(request, caseId, version,
                new AddPartyCommand(CaseId.of(caseId), version.value(), PartyId.of(partyId), body.role(), body.side(),
                PartyId.of(body.representedPartyId()), body.fullName(),
                CaseCommandRequests.contactDetails(body.contactDetails()), body.preferredLanguage(), by,
                steps.now())).withParty(partyId);
    }

    CaseCommandAnswer updateContactDetails(HttpServletRequest request, StaffMember by, UUID caseId, UUID partyId,
            ExpectedVersion version, ContactDetailsUpdateRequest body) {
        return steps.send(request, caseId, version,
                new UpdatePartyContactDetailsCommand(CaseId.of(caseId), version.value(), PartyId.of(partyId),
                body.fullName(),
                CaseCommandRequests.contactDetails(body.contactDetails()), by, steps.now()));
    }

    CaseCommandAnswer safetyNotes(HttpServletRequest request, StaffMember by, UUID caseId, UUID partyId,
            ExpectedVersion version, SafetyNotesRequest body) {
        return steps.send(request, caseId, version,
                new RecordSafetyNotesCommand(CaseId.of(caseId), version.value(), PartyId.of(partyId), body.notes(), by,
                steps.now()));
    }

    CaseCommandAnswer language(HttpServletRequest request, StaffMember by, UUID caseId, UUID partyId,
            ExpectedVersion version, LanguageRequest body) {
        return steps.send(request, caseId, version,
                new SetPreferredLanguageCommand(CaseId.of(caseId), version.value(), PartyId.of(partyId),
                body.language(), by, steps.now()));
    }

    CaseCommandAnswer firstConversation(HttpServletRequest request, StaffMember by, UUID caseId,
            ExpectedVersion version, FirstConversationRequest body) {
        return steps.send(request, caseId, version,
                new RecordFirstConversationCommand(CaseId.of(caseId), version.value(), body.heldAt(), body.summary(),
                by, steps.now()));
    }

    CaseCommandAnswer preparationTalk(HttpServletRequest request, StaffMember by, UUID caseId, ExpectedVersion version,
            PreparationTalkRequest body) {
        return steps.send(request, caseId, version,
                new RecordPreparationTalkCommand(CaseId.of(caseId), version.value(), PartyId.of(body.partyId()),
                body.heldAt(), body.summary(), by,
                steps.now()));
    }
}
