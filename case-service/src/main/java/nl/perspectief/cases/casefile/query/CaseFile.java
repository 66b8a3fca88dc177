package nl.perspectief.cases.casefile.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import nl.perspectief.cases.casefile.api.ActiveConsentView;
import nl.perspectief.cases.casefile.api.AftercareContactRecordedEvent;
import nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseDetailView.Link;
import nl.perspectief.cases.casefile.api.CaseDetailView.MeetingState;
import nl.perspectief.cases.casefile.api.CaseDetailView.MessageExchangeState;
import nl.perspectief.cases.casefile.api.CaseDetailView.OutcomeShare;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.FirstConversationHeldEvent;
import nl.perspectief.cases.casefile.api.FormOfContactAgreedEvent;
import nl.perspectief.cases.casefile.api.FormOfContactProposedEvent;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.casefile.api.MeetingCancelledEvent;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.MeetingRescheduledEvent;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeClosedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeResumedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeSuspendedEvent;
import nl.perspectief.cases.casefile.api.NextStep;
import nl.perspectief.cases.casefile.api.OutcomeSharedEvent;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyContactDetailsUpdatedEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PreferredLanguageSetEvent;
import nl.perspectief.cases.casefile.api.PreparationTalkHeldEvent;
import nl.perspectief.cases.casefile.api.SafetyNotesRecordedEvent;

/**
 * Where a case stands now, as the case detail shows it: folded from its events by the overview
 * projection and stored inside the encrypted {@code details} document (the parties' and meetings'
 * personal parts are {@code @PersonalData}). Mutable only while one event is applied to it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class CaseFile {

    CaseStatus status;
    String mediatorId;
    Map<UUID, PartyEntry> parties = new LinkedHashMap<>();
    Map<UUID, ActiveConsentView> activeConsents = new LinkedHashMap<>();
    ContactForm proposedForm;
    ContactForm agreedForm;
    Map<UUID, MeetingEntry> meetings = new LinkedHashMap<>();
    MessageExchangeState exchange = MessageExchangeState.NOT_OPENED;
    UUID exchangeApplicantId;
    UUID exchangeOtherPartyId;
    List<Link> links = new ArrayList<>();
    boolean firstConversationHeld;
    boolean applicantNamed;
    CaseOutcome outcome;
    List<OutcomeShare> outcomeShares = new ArrayList<>();

    CaseFile() {
    }

    static CaseFile of(CaseOpenedEvent opened) {
        CaseFile file = new CaseFile();
        file.status = opened.status();
        var applicant = opened.applicant();
        file.parties.put(applicant.subjectId(), PartyEntry.of(applicant.subjectId(), PartyRole.APPLICANT, null, null,
                applicant.fullName(), new ContactDetails(applicant.email(), applicant.phone(), applicant.postalAddress()),
                null));
        if (opened.otherParty() != null) {
            file.parties.put(opened.otherParty().subjectId(), PartyEntry.of(opened.otherParty().subjectId(),
                    PartyRole.OTHER_PARTY, null, null, opened.otherParty().fullName(), null, null));
        }
        return file;
    }

    /** Folds one later event into the file; the opening is {@link #of}. */
    void apply(CaseEvent event) {
        switch (event) {
            case CaseOpenedEvent e -> status = e.status();
            case CaseAcceptedEvent e -> status = CaseStatus.AWAITING_MEDIATOR;
            case CaseDeclinedEvent e -> status = CaseStatus.DECLINED;
            case CaseLinkedEvent e -> links.add(new Link(e.linkedCaseId(), e.linkType()));
            case MediatorAssignedEvent e -> {
                mediatorId = e.mediatorId();
                status = CaseStatus.IN_PROGRESS;
            }
            case MediatorReassignedEvent e -> mediatorId = e.mediatorId();
            case PartyAddedEvent e -> parties.put(e.partyId(), PartyEntry.of(e.partyId(), e.role(), e.side(),
                    e.representedPartyId(), e.fullName(), e.contactDetails(), e.preferredLanguage()));
            case PartyContactDetailsUpdatedEvent e -> parties.computeIfPresent(e.partyId(),
                    (id, party) -> party.withContact(e.fullName(), e.contactDetails()));
            case SafetyNotesRecordedEvent e -> parties.computeIfPresent(e.partyId(),
                    (id, party) -> party.withSafetyNotes(e.notes()));
            case PreferredLanguageSetEvent e -> parties.computeIfPresent(e.partyId(),
                    (id, party) -> party.withPreferredLanguage(e.language()));
            case FirstConversationHeldEvent e -> firstConversationHeld = true;
            case PreparationTalkHeldEvent e -> {
                // told by the timeline; it changes nothing the detail shows
            }
            case ContactAttemptedEvent e -> parties.computeIfPresent(e.partyId(),
                    (id, party) -> party.contactAttempted(e.followUpBy()));
            case PartyRespondedEvent e -> parties.computeIfPresent(e.partyId(),
                    (id, party) -> party.responded(e.response()));
            case ApplicantNamedToOtherPartyEvent e -> applicantNamed = true;
            case ConsentRecordedEvent e -> activeConsents.put(e.consentId(), new ActiveConsentView(e.consentId(),
                    e.partyId(), e.purpose(), e.consent().form(), e.consent().recipient(), e.method(), e.givenAt()));
            case ConsentWithdrawnEvent e -> activeConsents.remove(e.consentId());
            case FormOfContactProposedEvent e -> proposedForm = e.form();
            case FormOfContactAgreedEvent e -> agreedForm = e.form();
            case MeetingScheduledEvent e -> meetings.put(e.meetingId(), new MeetingEntry(e.caseId(), e.meetingId(),
                    e.form(), e.scheduledFor(), e.location(), e.address(),
                    e.networkMemberIds() == null ? List.of() : List.copyOf(e.networkMemberIds()),
                    MeetingState.SCHEDULED, null));
            case MeetingRescheduledEvent e -> meetings.computeIfPresent(e.meetingId(),
                    (id, meeting) -> meeting.movedTo(e.scheduledFor(), e.location(), e.address()));
            case MeetingCancelledEvent e -> meetings.computeIfPresent(e.meetingId(),
                    (id, meeting) -> meeting.cancelled(e.reason()));
            case MeetingHeldEvent e -> meetings.computeIfPresent(e.meetingId(), (id, meeting) -> meeting.held());
            case MessageExchangeOpenedEvent e -> {
                exchange = MessageExchangeState.OPEN;
                exchangeApplicantId = e.applicantId();
                exchangeOtherPartyId = e.otherPartyId();
            }
            case MessageExchangeSuspendedEvent e -> exchange = MessageExchangeState.SUSPENDED;
            case MessageExchangeResumedEvent e -> exchange = MessageExchangeState.OPEN;
            case MessageExchangeClosedEvent e -> exchange = MessageExchangeState.CLOSED;
            case CaseClosedEvent e -> {
                status = CaseStatus.CLOSED;
                outcome = e.outcome();
            }
            case AftercareContactRecordedEvent e -> {
                // told by the timeline
            }
            case CaseReopenedEvent e -> {
                status = CaseStatus.IN_PROGRESS;
                outcome = null;
            }
            case CaseNoteAddedEvent e -> {
                // notes are read in the timeline, where each one has its place
            }
            // what was shared is read in the timeline, like a note; the file knows to whom and how
            case OutcomeSharedEvent e -> outcomeShares.add(new OutcomeShare(e.shareId(), e.recipient(), e.form(),
                    e.sharedAt(), e.performedBy() == null ? null : e.performedBy().staffId()));
        }
    }

    /** The earliest deadline of a party who was approached and has not answered, if any. */
    Optional<LocalDate> earliestFollowUp() {
        return parties.values().stream().map(PartyEntry::followUpBy).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    /** See {@link NextStep}: the first step that applies, in its order. */
    NextStep nextStep() {
        return switch (status) {
            case AWAITING_TRIAGE -> NextStep.TRIAGE;
            case AWAITING_MEDIATOR -> NextStep.ASSIGN_MEDIATOR;
            case DECLINED -> NextStep.NONE;
            case CLOSED -> NextStep.AFTERCARE;
            case IN_PROGRESS -> nextStepInProgress();
        };
    }

    private NextStep nextStepInProgress() {
        if (!firstConversationHeld) {
            return NextStep.FIRST_CONVERSATION;
        }
        Optional<PartyEntry> otherParty = partyIn(PartyRole.OTHER_PARTY);
        if (otherParty.isEmpty() || !otherParty.get().approached()) {
            return applicantConsentedTo(ConsentPurpose.APPROACH_OTHER_PARTY)
                    ? NextStep.APPROACH_OTHER_PARTY
                    : NextStep.RECORD_APPROACH_CONSENT;
        }
        PartyResponse response = otherParty.get().response();
        if (response == null) {
            return NextStep.AWAIT_RESPONSE;
        }
        if (response != PartyResponse.OPEN_TO_CONTACT) {
            return NextStep.CLOSE;
        }
        if (agreedForm == null) {
            return NextStep.AGREE_FORM_OF_CONTACT;
        }
        if (agreedForm == ContactForm.MESSAGE_EXCHANGE) {
            return switch (exchange) {
                case NOT_OPENED -> NextStep.OPEN_MESSAGE_EXCHANGE;
                case OPEN -> NextStep.RELAY_MESSAGES;
                case SUSPENDED -> NextStep.RESUME_MESSAGE_EXCHANGE;
                case CLOSED -> NextStep.CLOSE;
            };
        }
        if (meetings.values().stream().anyMatch(meeting -> meeting.state() == MeetingState.SCHEDULED)) {
            return NextStep.HOLD_MEETING;
        }
        if (meetings.values().stream().anyMatch(meeting -> meeting.state() == MeetingState.HELD)) {
            return NextStep.CLOSE;
        }
        return NextStep.SCHEDULE_MEETING;
    }

    private Optional<PartyEntry> partyIn(PartyRole role) {
        return parties.values().stream().filter(party -> party.role() == role).findFirst();
    }

    private boolean applicantConsentedTo(ConsentPurpose purpose) {
        Optional<UUID> applicant = partyIn(PartyRole.APPLICANT).map(PartyEntry::partyId);
        return activeConsents.values().stream()
                .anyMatch(consent -> consent.purpose() == purpose && applicant.filter(consent.partyId()::equals).isPresent());
    }
}
