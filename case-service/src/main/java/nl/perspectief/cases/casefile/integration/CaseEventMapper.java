package nl.perspectief.cases.casefile.integration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.AftercareContactRecordedEvent;
import nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
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
import nl.perspectief.cases.casefile.api.OutcomeSharedEvent;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyContactDetailsUpdatedEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.casefile.api.PreferredLanguageSetEvent;
import nl.perspectief.cases.casefile.api.PreparationTalkHeldEvent;
import nl.perspectief.cases.casefile.api.SafetyNotesRecordedEvent;
import nl.perspectief.events.cases.v1.CaseClosed;
import nl.perspectief.events.cases.v1.CaseOpened;
import nl.perspectief.events.cases.v1.CaseOutcome;
import nl.perspectief.events.cases.v1.CaseReopened;
import nl.perspectief.events.cases.v1.CaseSource;
import nl.perspectief.events.cases.v1.CaseTopicPayload;
import nl.perspectief.events.cases.v1.ConsentPurpose;
import nl.perspectief.events.cases.v1.ConsentWithdrawn;
import nl.perspectief.events.cases.v1.ContactForm;
import nl.perspectief.events.cases.v1.IncidentCategory;
import nl.perspectief.events.cases.v1.MediatorAssigned;
import nl.perspectief.events.cases.v1.MessageExchangeClosed;
import nl.perspectief.events.cases.v1.MessageExchangeOpened;
import nl.perspectief.events.cases.v1.MessageExchangeResumed;
import nl.perspectief.events.cases.v1.MessageExchangeSuspended;
import nl.perspectief.events.cases.v1.PartySide;
import nl.perspectief.events.cases.v1.SuspensionReason;

/**
 * Translates the case's domain events into the published language of {@code cases.case-events.v1}; the
 * only place that knows both. Only ids, times and enum values cross: names, contact details, stories,
 * reasons and notes stay in case-service. Every domain event is named in the switch, so a new one
 * cannot be added without deciding whether the outside world hears of it.
 */
final class CaseEventMapper {

    static final String PRODUCER = "case-service";
    // changing this would give every exchange already published a second id: it is part of the data
    private static final String EXCHANGE_ID_NAMESPACE = ":exchange:";

    /**
     * The integration event a domain event publishes, if any.
     *
     * @param sequenceNumber the domain event's position in its case's stream
     * @param openings       where the case's current exchange was opened, for the exchange's later events
     */
    static Optional<CaseTopicPayload> toPayload(CaseEvent event, long sequenceNumber, ExchangeOpenings openings) {
        CaseTopicPayload payload = switch (event) {
            case CaseOpenedEvent opened -> caseOpened(opened);
            case MediatorAssignedEvent assigned ->
                    new MediatorAssigned(assigned.caseId(), assigned.mediatorId(), null, assigned.at());
            case MediatorReassignedEvent reassigned -> new MediatorAssigned(reassigned.caseId(),
                    reassigned.mediatorId(), reassigned.previousMediatorId(), reassigned.at());
            case MessageExchangeOpenedEvent opened -> exchangeOpened(opened, sequenceNumber);
            case MessageExchangeSuspendedEvent suspended -> new MessageExchangeSuspended(suspended.caseId(),
                    currentExchangeOf(suspended.caseId(), sequenceNumber, openings), reasonOf(suspended),
                    suspended.at());
            case MessageExchangeResumedEvent resumed -> new MessageExchangeResumed(resumed.caseId(),
                    currentExchangeOf(resumed.caseId(), sequenceNumber, openings), resumed.at());
            case MessageExchangeClosedEvent closed -> new MessageExchangeClosed(closed.caseId(),
                    currentExchangeOf(closed.caseId(), sequenceNumber, openings), closed.at());
            // the party's reason is theirs and stays here; so does a SHARE_OUTCOME recipient
            case ConsentWithdrawnEvent withdrawn -> new ConsentWithdrawn(withdrawn.caseId(), withdrawn.partyId(),
                    ConsentPurpose.valueOf(withdrawn.purpose().name()),
                    withdrawn.form() == null ? null : ContactForm.valueOf(withdrawn.form().name()),
                    withdrawn.at());
            // the closing note is confidential
            case CaseClosedEvent closed ->
                    new CaseClosed(closed.caseId(), CaseOutcome.valueOf(closed.outcome().name()), closed.at());
            // the reason for reopening is the mediator's
            case CaseReopenedEvent reopened -> new CaseReopened(reopened.caseId(), reopened.at());

            // the case's inner life: no other service acts on these
            case AftercareContactRecordedEvent unpublished -> null;
            case ApplicantNamedToOtherPartyEvent unpublished -> null;
            case CaseAcceptedEvent unpublished -> null;
            case CaseDeclinedEvent unpublished -> null;
            case CaseLinkedEvent unpublished -> null;
            case CaseNoteAddedEvent unpublished -> null;
            // to whom the outcome went is the parties' and the mediator's business; no service acts on it
            case OutcomeSharedEvent unpublished -> null;
            case ConsentRecordedEvent unpublished -> null;
            case ContactAttemptedEvent unpublished -> null;
            case FirstConversationHeldEvent unpublished -> null;
            case FormOfContactAgreedEvent unpublished -> null;
            case FormOfContactProposedEvent unpublished -> null;
            case MeetingCancelledEvent unpublished -> null;
            case MeetingHeldEvent unpublished -> null;
            case MeetingRescheduledEvent unpublished -> null;
            case MeetingScheduledEvent unpublished -> null;
            case PartyAddedEvent unpublished -> null;
            case PartyContactDetailsUpdatedEvent unpublished -> null;
            case PartyRespondedEvent unpublished -> null;
            case PreferredLanguageSetEvent unpublished -> null;
            case PreparationTalkHeldEvent unpublished -> null;
            case SafetyNotesRecordedEvent unpublished -> null;
        };
        return Optional.ofNullable(payload);
    }

    /**
     * The id of the exchange opened by the event at {@code openingSequenceNumber} of the case's stream:
     * derived, so that every later event of the exchange, and every republication, names the same id.
     */
    static UUID exchangeIdOf(UUID caseId, long openingSequenceNumber) {
        return UUID.nameUUIDFromBytes((caseId + EXCHANGE_ID_NAMESPACE + openingSequenceNumber)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static CaseOpened caseOpened(CaseOpenedEvent opened) {
        return new CaseOpened(opened.caseId(), opened.registrationId(), opened.registrationReference(),
                CaseSource.valueOf(opened.source().name()),
                IncidentCategory.valueOf(opened.incident().category().name()),
                opened.openedAt());
    }

    /*
     * The aggregate opens an exchange between the applicant and the other party only, and only its
     * assigned mediator may open it: the one who did is the one who relays.
     */
    private static MessageExchangeOpened exchangeOpened(MessageExchangeOpenedEvent opened, long sequenceNumber) {
        return new MessageExchangeOpened(opened.caseId(), exchangeIdOf(opened.caseId(), sequenceNumber),
                opened.performedBy().staffId(),
                List.of(new MessageExchangeOpened.Party(opened.applicantId(), PartySide.APPLICANT),
                        new MessageExchangeOpened.Party(opened.otherPartyId(), PartySide.OTHER_PARTY)),
                opened.at());
    }

    private static UUID currentExchangeOf(UUID caseId, long sequenceNumber, ExchangeOpenings openings) {
        return exchangeIdOf(caseId, openings.lastOpeningBefore(caseId, sequenceNumber));
    }

    /*
     * The aggregate suspends an exchange only for a withdrawn consent, and closes (never suspends) it
     * when the case closes; a suspension without a withdrawn consent can only be the mediator's.
     */
    private static SuspensionReason reasonOf(MessageExchangeSuspendedEvent suspended) {
        return suspended.withdrawnConsentId() != null ? SuspensionReason.CONSENT_WITHDRAWN
                : SuspensionReason.MEDIATOR_DECISION;
    }

    private CaseEventMapper() {
    }
}
