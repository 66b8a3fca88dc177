package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/** Every fact in a case's life; sealed so projections and mappers switch over them exhaustively. */
public sealed interface CaseEvent permits
        AftercareContactRecordedEvent,
        ApplicantNamedToOtherPartyEvent,
        CaseAcceptedEvent,
        CaseClosedEvent,
        CaseDeclinedEvent,
        CaseLinkedEvent,
        CaseNoteAddedEvent,
        CaseOpenedEvent,
        CaseReopenedEvent,
        ConsentRecordedEvent,
        ConsentWithdrawnEvent,
        ContactAttemptedEvent,
        FirstConversationHeldEvent,
        FormOfContactAgreedEvent,
        FormOfContactProposedEvent,
        MediatorAssignedEvent,
        MediatorReassignedEvent,
        MeetingCancelledEvent,
        MeetingHeldEvent,
        MeetingRescheduledEvent,
        MeetingScheduledEvent,
        MessageExchangeClosedEvent,
        MessageExchangeOpenedEvent,
        MessageExchangeResumedEvent,
        MessageExchangeSuspendedEvent,
        OutcomeSharedEvent,
        PartyAddedEvent,
        PartyContactDetailsUpdatedEvent,
        PartyRespondedEvent,
        PreferredLanguageSetEvent,
        PreparationTalkHeldEvent,
        SafetyNotesRecordedEvent {

    UUID caseId();
}
