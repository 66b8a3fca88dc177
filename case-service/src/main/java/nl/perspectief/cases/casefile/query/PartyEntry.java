package nl.perspectief.cases.casefile.query;

import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.personaldata.PersonalData;

/** A party in the case file document; what identifies or protects them is encrypted with their own key. */
record PartyEntry(
        UUID partyId,
        PartyRole role,
        PartySide side,
        UUID representedPartyId,
        @PersonalData(subject = "partyId") String fullName,
        @PersonalData(subject = "partyId") ContactDetails contactDetails,
        @PersonalData(subject = "partyId") String safetyNotes,
        @PersonalData(subject = "partyId") String preferredLanguage,
        boolean approached,
        PartyResponse response,
        LocalDate followUpBy) {

    static PartyEntry of(UUID partyId, PartyRole role, PartySide side, UUID representedPartyId, String fullName,
                         ContactDetails contactDetails, String preferredLanguage) {
        return new PartyEntry(partyId, role, side, representedPartyId, fullName, contactDetails, null,
                preferredLanguage, false, null, null);
    }

    PartyEntry withContact(String newFullName, ContactDetails newContactDetails) {
        return new PartyEntry(partyId, role, side, representedPartyId, newFullName, newContactDetails, safetyNotes,
                preferredLanguage, approached, response, followUpBy);
    }

    PartyEntry withSafetyNotes(String notes) {
        return new PartyEntry(partyId, role, side, representedPartyId, fullName, contactDetails, notes,
                preferredLanguage, approached, response, followUpBy);
    }

    PartyEntry withPreferredLanguage(String language) {
        return new PartyEntry(partyId, role, side, representedPartyId, fullName, contactDetails, safetyNotes,
                language, approached, response, followUpBy);
    }

    /**
     * A new attempt waits for a new answer and replaces the previous deadline; without a deadline there
     * is nothing to follow up.
     */
    PartyEntry contactAttempted(LocalDate newFollowUpBy) {
        return new PartyEntry(partyId, role, side, representedPartyId, fullName, contactDetails, safetyNotes,
                preferredLanguage, true, null, newFollowUpBy);
    }

    /** An answer (even "no response") settles the open deadline. */
    PartyEntry responded(PartyResponse newResponse) {
        return new PartyEntry(partyId, role, side, representedPartyId, fullName, contactDetails, safetyNotes,
                preferredLanguage, approached, newResponse, null);
    }
}
