package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as it was at a moment, rebuilt by replaying its events up to that moment through the {@code Case}
 * aggregate's own event sourcing: what the rules knew then. Ids and roles only; names are in the history.
 *
 * @param eventsReplayed how many of the case's events were recorded by then (0: the case did not exist yet)
 * @param lastSequence   the sequence number of the last of them, {@code null} when none
 * @param messageExchange {@code NONE}, {@code OPEN}, {@code SUSPENDED} or {@code CLOSED}
 */
public record CaseAsOfView(
        UUID caseId,
        Instant moment,
        int eventsReplayed,
        Long lastSequence,
        CaseStatus status,
        String mediatorId,
        List<PartyAsOf> parties,
        List<ConsentAsOf> activeConsents,
        ContactForm agreedForm,
        List<MeetingAsOf> meetings,
        String messageExchange) {

    public record PartyAsOf(UUID partyId, PartyRole role, PartySide side, UUID representedPartyId) {
    }

    /**
     * A consent that holds, with how it was given and the event that recorded it.
     *
     * @param grantedBySequence the sequence number of its {@code ConsentRecordedEvent}
     * @param recordedAt        when that event was stored
     */
    public record ConsentAsOf(UUID consentId, UUID partyId, ConsentPurpose purpose, ContactForm form, String recipient,
                              ConsentMethod method, Instant givenAt, long grantedBySequence, Instant recordedAt) {
    }

    /** @param state {@code SCHEDULED}, {@code CANCELLED} or {@code HELD} */
    public record MeetingAsOf(UUID meetingId, ContactForm form, Instant scheduledFor, MeetingLocation location,
                              List<UUID> networkMemberIds, String state) {
    }
}
