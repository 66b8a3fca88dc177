package nl.perspectief.cases.parties.command;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.CaseAsOfView.PartyAsOf;
import java.util.List;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.casefile.api.PartyId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.FirstConversationHeldEvent;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyContactDetailsUpdatedEvent;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.PreferredLanguageSetEvent;
import nl.perspectief.cases.casefile.api.PreparationTalkHeldEvent;
import nl.perspectief.cases.casefile.api.SafetyNotesRecordedEvent;
import nl.perspectief.cases.parties.api.AddPartyCommand;
import nl.perspectief.cases.parties.api.CaseParties;
import nl.perspectief.cases.parties.api.RecordFirstConversationCommand;
import nl.perspectief.cases.parties.api.RecordPreparationTalkCommand;
import nl.perspectief.cases.parties.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.parties.api.SetPreferredLanguageCommand;
import nl.perspectief.cases.parties.api.UpdatePartyContactDetailsCommand;

/**
 * The people on a case and the conversations with each, a member of the {@code Case} aggregate: who may be added
 * in which role, and that every step names a party of this case. It keeps roles only; names and contact details
 * live in the events, encrypted.
 */
@AggregateState
public class Parties implements CaseParties {

    private UUID caseId;
    private Map<UUID, Party> parties = new LinkedHashMap<>();

    public CommandOutcome add(AddPartyCommand command) {
        UUID partyId = PartyId.valueOf(command.partyId());
        Party party = new Party(command.role(),
                command.role() == PartyRole.NETWORK_MEMBER ? command.side() : null,
                command.role() == PartyRole.MINOR_REPRESENTATIVE ? PartyId.valueOf(command.representedPartyId()) : null);
        Party existing = parties.get(partyId);
        if (existing != null) {
            if (existing.equals(party)) {
                return CommandOutcome.UNCHANGED;
            }
            throw new PartyIdInUseException(caseId, partyId);
        }
        switch (command.role()) {
            case APPLICANT -> throw new PartyRoleTakenException(caseId, "applicant");
            case OTHER_PARTY -> {
                if (otherPartyId() != null) {
                    throw new PartyRoleTakenException(caseId, "other party");
                }
            }
            case NETWORK_MEMBER -> {
                if (party.side() == null) {
                    throw new IncompletePartyException(caseId, partyId, "the side they belong to");
                }
            }
            case MINOR_REPRESENTATIVE -> {
                if (party.representedPartyId() == null) {
                    throw new IncompletePartyException(caseId, partyId, "the party they represent");
                }
                requireParty(party.representedPartyId());
            }
        }
        apply(new PartyAddedEvent(caseId, partyId, command.role(), party.side(), party.representedPartyId(),
                command.fullName(), command.contactDetails(), command.preferredLanguage(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    // The case keeps no personal data in its state, so it cannot tell an update that changes nothing.
    public void updateContactDetails(UpdatePartyContactDetailsCommand command) {
        requireParty(PartyId.valueOf(command.partyId()));
        apply(new PartyContactDetailsUpdatedEvent(caseId, PartyId.valueOf(command.partyId()), command.fullName(),
                command.contactDetails(), command.performedBy(), command.at()));
    }

    public void recordSafetyNotes(RecordSafetyNotesCommand command) {
        requireParty(PartyId.valueOf(command.partyId()));
        apply(new SafetyNotesRecordedEvent(caseId, PartyId.valueOf(command.partyId()), command.notes(),
                command.performedBy(),
                command.at()));
    }

    public void setPreferredLanguage(SetPreferredLanguageCommand command) {
        requireParty(PartyId.valueOf(command.partyId()));
        apply(new PreferredLanguageSetEvent(caseId, PartyId.valueOf(command.partyId()), command.language(),
                command.performedBy(),
                command.at()));
    }

    public void recordFirstConversation(RecordFirstConversationCommand command) {
        apply(new FirstConversationHeldEvent(caseId, applicantId(), command.heldAt(), command.summary(),
                command.performedBy(), command.at()));
    }

    public void recordPreparationTalk(RecordPreparationTalkCommand command) {
        requireParty(PartyId.valueOf(command.partyId()));
        apply(new PreparationTalkHeldEvent(caseId, PartyId.valueOf(command.partyId()), command.heldAt(),
                command.summary(),
                command.performedBy(), command.at()));
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        parties.put(event.applicant().subjectId(), new Party(PartyRole.APPLICANT, null, null));
        if (event.otherParty() != null) {
            parties.put(event.otherParty().subjectId(), new Party(PartyRole.OTHER_PARTY, null, null));
        }
    }

    @EventSourcingHandler
    void on(PartyAddedEvent event) {
        parties.put(event.partyId(), new Party(event.role(), event.side(), event.representedPartyId()));
    }

    // ---- what the other rules of the case ask

    @Override
    @JsonIgnore
    public UUID applicantId() {
        return partyIdIn(PartyRole.APPLICANT);
    }

    @Override
    @JsonIgnore
    public UUID otherPartyId() {
        return partyIdIn(PartyRole.OTHER_PARTY);
    }

    @Override
    public void requireParty(UUID partyId) {
        if (partyId == null || !parties.containsKey(partyId)) {
            throw new UnknownPartyException(caseId, partyId);
        }
    }

    @Override
    public UUID requireOtherParty() {
        UUID otherPartyId = otherPartyId();
        if (otherPartyId == null) {
            throw new NoOtherPartyException(caseId);
        }
        return otherPartyId;
    }

    @Override
    public boolean isOnOtherPartySide(UUID partyId) {
        Party party = parties.get(partyId);
        if (party == null) {
            return false;
        }
        return switch (party.role()) {
            case APPLICANT -> false;
            case OTHER_PARTY -> true;
            case NETWORK_MEMBER -> party.side() == PartySide.OTHER_PARTY_SIDE;
            case MINOR_REPRESENTATIVE -> isOnOtherPartySide(party.representedPartyId());
        };
    }

    /** Everyone on the case now, by role. */
    public List<PartyAsOf> asOf() {
        return parties.entrySet().stream()
                .map(entry -> new PartyAsOf(entry.getKey(), entry.getValue().role(), entry.getValue().side(),
                        entry.getValue().representedPartyId()))
                .toList();
    }

    private UUID partyIdIn(PartyRole role) {
        return parties.entrySet().stream()
                .filter(entry -> entry.getValue().role() == role)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** A person on the case by role; their data lives in the events, encrypted, not here. */
    record Party(PartyRole role, PartySide side, UUID representedPartyId) {
    }
}
