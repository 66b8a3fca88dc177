package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A person joined the case: a network member, a minor's representative or a late-known other party. */
public record PartyAddedEvent(
        UUID caseId,
        UUID partyId,
        PartyRole role,
        PartySide side,
        UUID representedPartyId,
        @PersonalData(subject = "partyId") String fullName,
        @PersonalData(subject = "partyId") ContactDetails contactDetails,
        @PersonalData(subject = "partyId") String preferredLanguage,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
