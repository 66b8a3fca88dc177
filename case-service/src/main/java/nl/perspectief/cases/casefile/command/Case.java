package nl.perspectief.cases.casefile.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import nl.perspectief.cases.casefile.api.AcceptCaseCommand;
import nl.perspectief.cases.casefile.api.AddCaseNoteCommand;
import nl.perspectief.cases.casefile.api.AddPartyCommand;
import nl.perspectief.cases.casefile.api.AftercareContactRecordedEvent;
import nl.perspectief.cases.casefile.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent;
import nl.perspectief.cases.casefile.api.AssignMediatorCommand;
import nl.perspectief.cases.casefile.api.CancelMeetingCommand;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CloseCaseCommand;
import nl.perspectief.cases.casefile.api.CloseMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.DeclineCaseCommand;
import nl.perspectief.cases.casefile.api.FirstConversationHeldEvent;
import nl.perspectief.cases.casefile.api.FormOfContactAgreedEvent;
import nl.perspectief.cases.casefile.api.FormOfContactProposedEvent;
import nl.perspectief.cases.casefile.api.LinkCaseCommand;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingCancelledEvent;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.MeetingRescheduledEvent;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeClosedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeResumedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeSuspendedEvent;
import nl.perspectief.cases.casefile.api.OpenCaseByDeskCommand;
import nl.perspectief.cases.casefile.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.OutcomeSharedEvent;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyContactDetailsUpdatedEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.PreferredLanguageSetEvent;
import nl.perspectief.cases.casefile.api.PreparationTalkHeldEvent;
import nl.perspectief.cases.casefile.api.ProposeFormOfContactCommand;
import nl.perspectief.cases.casefile.api.RecordAftercareContactCommand;
import nl.perspectief.cases.casefile.api.RecordConsentCommand;
import nl.perspectief.cases.casefile.api.RecordContactAttemptCommand;
import nl.perspectief.cases.casefile.api.RecordFirstConversationCommand;
import nl.perspectief.cases.casefile.api.RecordMeetingHeldCommand;
import nl.perspectief.cases.casefile.api.RecordPartyResponseCommand;
import nl.perspectief.cases.casefile.api.RecordPreparationTalkCommand;
import nl.perspectief.cases.casefile.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.casefile.api.ReopenCaseCommand;
import nl.perspectief.cases.casefile.api.RescheduleMeetingCommand;
import nl.perspectief.cases.casefile.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.SafetyNotesRecordedEvent;
import nl.perspectief.cases.casefile.api.ScheduleMeetingCommand;
import nl.perspectief.cases.casefile.api.SetPreferredLanguageCommand;
import nl.perspectief.cases.casefile.api.ShareOutcomeCommand;
import nl.perspectief.cases.casefile.api.ShareApplicantNameCommand;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.StaffRole;
import nl.perspectief.cases.casefile.api.UpdatePartyContactDetailsCommand;
import nl.perspectief.cases.casefile.api.WithdrawConsentCommand;

/**
 * One person's case, from registration to closure, and the one place where the principles are enforced:
 * voluntary (consents), confidential (naming), through the mediator (who may take which step).
 * <p>
 * Its state holds ids, statuses and consents as (party, purpose) only, never personal data, so the
 * snapshots Axon takes of it (serialized by Jackson from its fields) hold none either.
 */
@Aggregate(snapshotTriggerDefinition = CaseSnapshots.TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Case {

    @AggregateIdentifier
    private UUID caseId;
    private CaseStatus status;
    private String mediatorId;
    private Map<UUID, Party> parties = new LinkedHashMap<>();
    private Set<CaseLink> links = new LinkedHashSet<>();
    private Map<UUID, Consent> activeConsents = new LinkedHashMap<>();
    private Map<UUID, Consent> withdrawnConsents = new LinkedHashMap<>();
    private boolean applicantNamed;
    private ContactForm proposedForm;
    private ContactForm agreedForm;
    private Map<UUID, Meeting> meetings = new LinkedHashMap<>();
    private ExchangeState exchange = ExchangeState.NONE;
    private Set<UUID> noteIds = new LinkedHashSet<>();
    private Set<UUID> outcomeShareIds = new LinkedHashSet<>();

    Case() {
        // Axon rebuilds the case from its events, and creates an empty one for CREATE_IF_MISSING
    }

    /**
     * Every command's answer carries the version it left the case at (the sequence number of the last event it
     * applied, or the version it found when it applied none), as metadata beside the handler's own answer: the
     * API's ETag without reading the event store again, and never a later step of someone else's.
     */
    @CommandHandlerInterceptor
    Object answerWithVersion(InterceptorChain chain) throws Exception {
        Object answer = chain.proceed();
        Long version = AggregateLifecycle.getVersion();
        // a case given as state (not from events, as in a state-stored test) has no version to tell
        return version == null ? answer
                : new GenericCommandResultMessage<>(answer, Map.of(CommandOutcome.VERSION_AFTER, version));
    }

    /*
     * CREATE_IF_MISSING instead of a constructor handler: the case id is derived from the registration
     * id, so a redelivered registration finds the case already open and is acknowledged without a
     * second event, rather than failing on a duplicate aggregate.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(OpenCaseFromRegistrationCommand command) {
        if (isOpen()) {
            return CommandOutcome.UNCHANGED;
        }
        RegistrationRules.check("Registration " + command.registrationId(), command.applicant(),
                command.otherParty(), command.incident(), command.story(), command.referrer());
        apply(new CaseOpenedEvent(command.caseId(), command.registrationId(), command.registrationReference(),
                command.source(), command.submittedAt(), command.openedAt(),
                command.applicant(), command.otherParty(), command.incident(), command.story(), command.referrer(),
                CaseStatus.AWAITING_TRIAGE, null));
        return CommandOutcome.APPLIED;
    }

    /** Called by {@link DeskCaseOpening}, which keeps the desk's idempotency keys in the same transaction. */
    CommandOutcome openByDesk(OpenCaseByDeskCommand command) {
        if (isOpen()) {
            return CommandOutcome.UNCHANGED;
        }
        if (command.performedBy() == null || command.performedBy().role() != StaffRole.DESK) {
            throw new TriageIsForTheDeskException(command.caseId(), command.performedBy());
        }
        RegistrationRules.check("Case " + command.caseId() + " opened by the desk", command.applicant(),
                command.otherParty(), command.incident(), command.story(), command.referrer());
        apply(new CaseOpenedEvent(command.caseId(), null, null, command.source(), command.receivedAt(),
                command.openedAt(), command.applicant(), command.otherParty(), command.incident(), command.story(),
                command.referrer(), CaseStatus.AWAITING_TRIAGE, command.performedBy()));
        return CommandOutcome.APPLIED;
    }

    // ---- triage, by the desk

    @CommandHandler
    CommandOutcome handle(AcceptCaseCommand command) {
        triageBy(command.performedBy());
        if (status == CaseStatus.AWAITING_MEDIATOR || status == CaseStatus.IN_PROGRESS) {
            return CommandOutcome.UNCHANGED;
        }
        if (status == CaseStatus.DECLINED) {
            throw new TriageAlreadyDecidedException(caseId, status);
        }
        apply(new CaseAcceptedEvent(caseId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(DeclineCaseCommand command) {
        triageBy(command.performedBy());
        if (status == CaseStatus.DECLINED) {
            return CommandOutcome.UNCHANGED;
        }
        if (status != CaseStatus.AWAITING_TRIAGE) {
            throw new TriageAlreadyDecidedException(caseId, status);
        }
        apply(new CaseDeclinedEvent(caseId, command.reason(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(LinkCaseCommand command) {
        triageBy(command.performedBy());
        if (caseId.equals(command.linkedCaseId())) {
            throw new CaseLinkedToItselfException(caseId);
        }
        if (links.contains(new CaseLink(command.linkedCaseId(), command.linkType()))) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseLinkedEvent(caseId, command.linkedCaseId(), command.linkType(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(AssignMediatorCommand command) {
        triageBy(command.performedBy());
        if (status != CaseStatus.AWAITING_MEDIATOR && status != CaseStatus.IN_PROGRESS) {
            throw new CaseNotAcceptedException(caseId, status);
        }
        if (command.mediatorId().equals(mediatorId)) {
            return CommandOutcome.UNCHANGED;
        }
        if (mediatorId == null) {
            apply(new MediatorAssignedEvent(caseId, command.mediatorId(), command.performedBy(), command.at()));
        } else {
            apply(new MediatorReassignedEvent(caseId, mediatorId, command.mediatorId(), command.performedBy(),
                    command.at()));
        }
        return CommandOutcome.APPLIED;
    }

    // ---- parties

    @CommandHandler
    CommandOutcome handle(AddPartyCommand command) {
        stepBy(command.performedBy());
        Party party = new Party(command.role(),
                command.role() == PartyRole.NETWORK_MEMBER ? command.side() : null,
                command.role() == PartyRole.MINOR_REPRESENTATIVE ? command.representedPartyId() : null);
        Party existing = parties.get(command.partyId());
        if (existing != null) {
            if (existing.equals(party)) {
                return CommandOutcome.UNCHANGED;
            }
            throw new PartyIdInUseException(caseId, command.partyId());
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
                    throw new IncompletePartyException(caseId, command.partyId(), "the side they belong to");
                }
            }
            case MINOR_REPRESENTATIVE -> {
                if (party.representedPartyId() == null) {
                    throw new IncompletePartyException(caseId, command.partyId(), "the party they represent");
                }
                requireParty(party.representedPartyId());
            }
        }
        apply(new PartyAddedEvent(caseId, command.partyId(), command.role(), party.side(), party.representedPartyId(),
                command.fullName(), command.contactDetails(), command.preferredLanguage(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    // The case keeps no personal data in its state, so it cannot tell an update that changes nothing.
    @CommandHandler
    void handle(UpdatePartyContactDetailsCommand command) {
        stepBy(command.performedBy());
        requireParty(command.partyId());
        apply(new PartyContactDetailsUpdatedEvent(caseId, command.partyId(), command.fullName(),
                command.contactDetails(), command.performedBy(), command.at()));
    }

    @CommandHandler
    void handle(RecordSafetyNotesCommand command) {
        stepBy(command.performedBy());
        requireParty(command.partyId());
        apply(new SafetyNotesRecordedEvent(caseId, command.partyId(), command.notes(), command.performedBy(),
                command.at()));
    }

    @CommandHandler
    void handle(SetPreferredLanguageCommand command) {
        stepBy(command.performedBy());
        requireParty(command.partyId());
        apply(new PreferredLanguageSetEvent(caseId, command.partyId(), command.language(), command.performedBy(),
                command.at()));
    }

    // ---- conversations and contact attempts

    @CommandHandler
    void handle(RecordFirstConversationCommand command) {
        stepBy(command.performedBy());
        apply(new FirstConversationHeldEvent(caseId, applicantId(), command.heldAt(), command.summary(),
                command.performedBy(), command.at()));
    }

    @CommandHandler
    void handle(RecordPreparationTalkCommand command) {
        stepBy(command.performedBy());
        requireParty(command.partyId());
        apply(new PreparationTalkHeldEvent(caseId, command.partyId(), command.heldAt(), command.summary(),
                command.performedBy(), command.at()));
    }

    @CommandHandler
    void handle(RecordContactAttemptCommand command) {
        stepBy(command.performedBy());
        requireParty(command.partyId());
        if (isOnOtherPartySide(command.partyId())) {
            requireActive(List.of(Consent.approachOtherParty(applicantId())),
                    OtherPartyApproachedWithoutConsentException::new);
        }
        if (command.applicantNamed()) {
            requireActive(List.of(Consent.beNamedToOtherParty(applicantId())),
                    ApplicantNamedWithoutConsentException::new);
        }
        apply(new ContactAttemptedEvent(caseId, command.partyId(), command.channel(), command.applicantNamed(),
                command.followUpBy(), command.performedBy(), command.at()));
    }

    @CommandHandler
    void handle(RecordPartyResponseCommand command) {
        stepBy(command.performedBy());
        requireParty(command.partyId());
        apply(new PartyRespondedEvent(caseId, command.partyId(), command.response(), command.summary(),
                command.performedBy(), command.at()));
    }

    @CommandHandler
    CommandOutcome handle(ShareApplicantNameCommand command) {
        stepBy(command.performedBy());
        UUID otherPartyId = requireOtherParty();
        if (applicantNamed) {
            return CommandOutcome.UNCHANGED;
        }
        requireActive(List.of(Consent.beNamedToOtherParty(applicantId())), ApplicantNamedWithoutConsentException::new);
        apply(new ApplicantNamedToOtherPartyEvent(caseId, applicantId(), otherPartyId, command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    // ---- consent

    @CommandHandler
    CommandOutcome handle(RecordConsentCommand command) {
        stepBy(command.performedBy());
        Consent consent = new Consent(command.partyId(), command.purpose(), command.form(), command.recipient());
        requireParty(command.partyId());
        if (!consent.complete()) {
            throw new IncompleteConsentException(caseId, command.consentId());
        }
        if (activeConsents.containsValue(consent)) {
            return CommandOutcome.UNCHANGED;
        }
        if (activeConsents.containsKey(command.consentId()) || withdrawnConsents.containsKey(command.consentId())) {
            throw new ConsentIdInUseException(caseId, command.consentId());
        }
        apply(new ConsentRecordedEvent(caseId, command.consentId(), consent.partyId(), consent.purpose(),
                consent.form(), consent.recipient(), command.method(), command.givenAt(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    /*
     * Voluntariness outranks closure: a withdrawal is taken on a closed case too (a consent to share the
     * outcome, say). Everything that depended on the consent stops in this same command.
     */
    @CommandHandler
    CommandOutcome handle(WithdrawConsentCommand command) {
        mediatorOnly(command.performedBy());
        if (withdrawnConsents.containsKey(command.consentId())) {
            return CommandOutcome.UNCHANGED;
        }
        Consent consent = activeConsents.get(command.consentId());
        if (consent == null) {
            throw new UnknownConsentException(caseId, command.consentId());
        }
        StaffMember by = command.performedBy();
        apply(new ConsentWithdrawnEvent(caseId, command.consentId(), consent.partyId(), consent.purpose(),
                consent.form(), consent.recipient(), command.reason(), by, command.at()));
        for (var entry : List.copyOf(meetings.entrySet())) {
            Meeting meeting = entry.getValue();
            if (meeting.state() == MeetingState.SCHEDULED
                    && consentsForContact(meeting.form(), meeting.networkMemberIds()).contains(consent)) {
                apply(new MeetingCancelledEvent(caseId, entry.getKey(), MeetingCancellationReason.CONSENT_WITHDRAWN,
                        null, by, command.at()));
            }
        }
        if (exchange == ExchangeState.OPEN
                && consentsForContact(ContactForm.MESSAGE_EXCHANGE, List.of()).contains(consent)) {
            apply(new MessageExchangeSuspendedEvent(caseId, command.consentId(), by, command.at()));
        }
        return CommandOutcome.APPLIED;
    }

    // ---- form of contact

    @CommandHandler
    CommandOutcome handle(ProposeFormOfContactCommand command) {
        stepBy(command.performedBy());
        if (command.form() == proposedForm) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new FormOfContactProposedEvent(caseId, command.form(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(AgreeFormOfContactCommand command) {
        stepBy(command.performedBy());
        UUID otherPartyId = requireOtherParty();
        if (command.form() == agreedForm) {
            return CommandOutcome.UNCHANGED;
        }
        requireActive(List.of(
                Consent.takingPart(applicantId()), Consent.formOfContact(applicantId(), command.form()),
                Consent.takingPart(otherPartyId), Consent.formOfContact(otherPartyId, command.form())),
                FormOfContactWithoutConsentException::new);
        apply(new FormOfContactAgreedEvent(caseId, command.form(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ScheduleMeetingCommand command) {
        stepBy(command.performedBy());
        if (meetings.containsKey(command.meetingId())) {
            return CommandOutcome.UNCHANGED;
        }
        if (command.form() == ContactForm.MESSAGE_EXCHANGE) {
            throw new NotAMeetingFormException(caseId, command.form());
        }
        List<UUID> networkMemberIds = command.networkMemberIds() == null ? List.of() : List.copyOf(command.networkMemberIds());
        networkMemberIds.forEach(this::requireParty);
        requireContactAllowed(command.form(), networkMemberIds);
        apply(new MeetingScheduledEvent(caseId, command.meetingId(), command.form(), command.scheduledFor(),
                command.location(), command.address(), networkMemberIds, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    void handle(RescheduleMeetingCommand command) {
        stepBy(command.performedBy());
        Meeting meeting = requireScheduled(command.meetingId());
        requireContactAllowed(meeting.form(), meeting.networkMemberIds());
        apply(new MeetingRescheduledEvent(caseId, command.meetingId(), command.scheduledFor(), command.location(),
                command.address(), command.performedBy(), command.at()));
    }

    @CommandHandler
    CommandOutcome handle(CancelMeetingCommand command) {
        stepBy(command.performedBy());
        Meeting meeting = requireMeeting(command.meetingId());
        if (meeting.state() == MeetingState.CANCELLED) {
            return CommandOutcome.UNCHANGED;
        }
        requireScheduled(command.meetingId());
        apply(new MeetingCancelledEvent(caseId, command.meetingId(), command.reason(), command.note(),
                command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(RecordMeetingHeldCommand command) {
        stepBy(command.performedBy());
        Meeting meeting = requireMeeting(command.meetingId());
        if (meeting.state() == MeetingState.HELD) {
            return CommandOutcome.UNCHANGED;
        }
        requireScheduled(command.meetingId());
        requireContactAllowed(meeting.form(), meeting.networkMemberIds());
        apply(new MeetingHeldEvent(caseId, command.meetingId(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(OpenMessageExchangeCommand command) {
        stepBy(command.performedBy());
        if (exchange == ExchangeState.OPEN) {
            return CommandOutcome.UNCHANGED;
        }
        if (exchange == ExchangeState.SUSPENDED) {
            throw new MessageExchangeSuspendedException(caseId);
        }
        requireContactAllowed(ContactForm.MESSAGE_EXCHANGE, List.of());
        apply(new MessageExchangeOpenedEvent(caseId, applicantId(), otherPartyId(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(ResumeMessageExchangeCommand command) {
        stepBy(command.performedBy());
        if (exchange == ExchangeState.OPEN) {
            return CommandOutcome.UNCHANGED;
        }
        if (exchange != ExchangeState.SUSPENDED) {
            throw new NoMessageExchangeException(caseId);
        }
        requireContactAllowed(ContactForm.MESSAGE_EXCHANGE, List.of());
        apply(new MessageExchangeResumedEvent(caseId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(CloseMessageExchangeCommand command) {
        stepBy(command.performedBy());
        if (exchange != ExchangeState.OPEN && exchange != ExchangeState.SUSPENDED) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new MessageExchangeClosedEvent(caseId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    // ---- closure and after

    /* Nothing stays scheduled or open on a closed case: what was, stops in this same command. */
    @CommandHandler
    void handle(CloseCaseCommand command) {
        stepBy(command.performedBy());
        StaffMember by = command.performedBy();
        apply(new CaseClosedEvent(caseId, command.outcome(), command.note(), by, command.at()));
        for (var entry : List.copyOf(meetings.entrySet())) {
            if (entry.getValue().state() == MeetingState.SCHEDULED) {
                apply(new MeetingCancelledEvent(caseId, entry.getKey(), MeetingCancellationReason.CASE_CLOSED, null,
                        by, command.at()));
            }
        }
        if (exchange == ExchangeState.OPEN || exchange == ExchangeState.SUSPENDED) {
            apply(new MessageExchangeClosedEvent(caseId, by, command.at()));
        }
    }

    @CommandHandler
    void handle(RecordAftercareContactCommand command) {
        mediatorOnly(command.performedBy());
        if (status != CaseStatus.CLOSED) {
            throw new AftercareBeforeClosureException(caseId);
        }
        requireParty(command.partyId());
        apply(new AftercareContactRecordedEvent(caseId, command.partyId(), command.summary(), command.performedBy(),
                command.at()));
    }

    @CommandHandler
    CommandOutcome handle(ReopenCaseCommand command) {
        mediatorOnly(command.performedBy());
        if (status != CaseStatus.CLOSED) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseReopenedEvent(caseId, command.reason(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(AddCaseNoteCommand command) {
        mediatorOnly(command.performedBy());
        if (noteIds.contains(command.noteId())) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseNoteAddedEvent(caseId, command.noteId(), command.text(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /*
     * Sharing is part of closure, so it is taken before and after the case closes; never on a declined
     * case, which has no outcome. Both parties consent to this recipient: one party's consent is not enough.
     */
    @CommandHandler
    CommandOutcome handle(ShareOutcomeCommand command) {
        if (status == CaseStatus.DECLINED) {
            throw new CaseDeclinedException(caseId);
        }
        mediatorOnly(command.performedBy());
        if (outcomeShareIds.contains(command.shareId())) {
            return CommandOutcome.UNCHANGED;
        }
        UUID otherPartyId = requireOtherParty();
        requireActive(List.of(Consent.shareOutcome(applicantId(), command.recipient()),
                Consent.shareOutcome(otherPartyId, command.recipient())), OutcomeSharedWithoutConsentException::new);
        apply(new OutcomeSharedEvent(caseId, command.shareId(), command.recipient(), command.form(), command.content(),
                command.sharedAt(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    // ---- what happened

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        status = event.status();
        parties.put(event.applicant().subjectId(), new Party(PartyRole.APPLICANT, null, null));
        if (event.otherParty() != null) {
            parties.put(event.otherParty().subjectId(), new Party(PartyRole.OTHER_PARTY, null, null));
        }
    }

    @EventSourcingHandler
    void on(CaseAcceptedEvent event) {
        status = CaseStatus.AWAITING_MEDIATOR;
    }

    @EventSourcingHandler
    void on(CaseDeclinedEvent event) {
        status = CaseStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(CaseLinkedEvent event) {
        links.add(new CaseLink(event.linkedCaseId(), event.linkType()));
    }

    @EventSourcingHandler
    void on(MediatorAssignedEvent event) {
        mediatorId = event.mediatorId();
        status = CaseStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(MediatorReassignedEvent event) {
        mediatorId = event.mediatorId();
    }

    @EventSourcingHandler
    void on(PartyAddedEvent event) {
        parties.put(event.partyId(), new Party(event.role(), event.side(), event.representedPartyId()));
    }

    @EventSourcingHandler
    void on(ApplicantNamedToOtherPartyEvent event) {
        applicantNamed = true;
    }

    @EventSourcingHandler
    void on(ConsentRecordedEvent event) {
        activeConsents.put(event.consentId(), event.consent());
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent event) {
        activeConsents.remove(event.consentId());
        withdrawnConsents.put(event.consentId(), event.consent());
    }

    @EventSourcingHandler
    void on(FormOfContactProposedEvent event) {
        proposedForm = event.form();
    }

    @EventSourcingHandler
    void on(FormOfContactAgreedEvent event) {
        agreedForm = event.form();
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetings.put(event.meetingId(), new Meeting(event.form(), event.networkMemberIds(), MeetingState.SCHEDULED));
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.in(MeetingState.CANCELLED));
    }

    @EventSourcingHandler
    void on(MeetingHeldEvent event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.in(MeetingState.HELD));
    }

    @EventSourcingHandler
    void on(MessageExchangeOpenedEvent event) {
        exchange = ExchangeState.OPEN;
    }

    @EventSourcingHandler
    void on(MessageExchangeSuspendedEvent event) {
        exchange = ExchangeState.SUSPENDED;
    }

    @EventSourcingHandler
    void on(MessageExchangeResumedEvent event) {
        exchange = ExchangeState.OPEN;
    }

    @EventSourcingHandler
    void on(MessageExchangeClosedEvent event) {
        exchange = ExchangeState.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        status = CaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        status = CaseStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(CaseNoteAddedEvent event) {
        noteIds.add(event.noteId());
    }

    @EventSourcingHandler
    void on(OutcomeSharedEvent event) {
        outcomeShareIds.add(event.shareId());
    }

    // ---- who may act, and what each step needs

    private boolean isOpen() {
        return status != null;
    }

    private void triageBy(StaffMember by) {
        if (by == null || by.role() != StaffRole.DESK) {
            throw new TriageIsForTheDeskException(caseId, by);
        }
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseId);
        }
    }

    /** A step on a case that is neither closed nor declined, by its own mediator. */
    private void stepBy(StaffMember by) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseId);
        }
        if (status == CaseStatus.DECLINED) {
            throw new CaseDeclinedException(caseId);
        }
        mediatorOnly(by);
    }

    private void mediatorOnly(StaffMember by) {
        if (by == null || by.role() != StaffRole.MEDIATOR || mediatorId == null
                || !mediatorId.equals(by.staffId())) {
            throw new NotTheAssignedMediatorException(caseId, by);
        }
    }

    private UUID applicantId() {
        return partyIdIn(PartyRole.APPLICANT);
    }

    private UUID otherPartyId() {
        return partyIdIn(PartyRole.OTHER_PARTY);
    }

    private UUID partyIdIn(PartyRole role) {
        return parties.entrySet().stream()
                .filter(entry -> entry.getValue().role() == role)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private void requireParty(UUID partyId) {
        if (partyId == null || !parties.containsKey(partyId)) {
            throw new UnknownPartyException(caseId, partyId);
        }
    }

    private UUID requireOtherParty() {
        UUID otherPartyId = otherPartyId();
        if (otherPartyId == null) {
            throw new NoOtherPartyException(caseId);
        }
        return otherPartyId;
    }

    /** The other party, and whoever speaks or stands for them: approaching any of them is an approach. */
    private boolean isOnOtherPartySide(UUID partyId) {
        Party party = parties.get(partyId);
        return switch (party.role()) {
            case APPLICANT -> false;
            case OTHER_PARTY -> true;
            case NETWORK_MEMBER -> party.side() == PartySide.OTHER_PARTY_SIDE;
            case MINOR_REPRESENTATIVE -> isOnOtherPartySide(party.representedPartyId());
        };
    }

    private Meeting requireMeeting(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting == null) {
            throw new UnknownMeetingException(caseId, meetingId);
        }
        return meeting;
    }

    private Meeting requireScheduled(UUID meetingId) {
        Meeting meeting = requireMeeting(meetingId);
        if (meeting.state() != MeetingState.SCHEDULED) {
            throw new MeetingNotScheduledException(caseId, meetingId);
        }
        return meeting;
    }

    private void requireContactAllowed(ContactForm form, List<UUID> networkMemberIds) {
        requireOtherParty();
        if (form != agreedForm) {
            throw new FormOfContactNotAgreedException(caseId, form);
        }
        requireActive(consentsForContact(form, networkMemberIds), ContactWithoutConsentException::new);
    }

    /** Both parties take part and chose this form; each network member in a conference takes part in it. */
    private List<Consent> consentsForContact(ContactForm form, List<UUID> networkMemberIds) {
        List<Consent> needed = new ArrayList<>();
        for (UUID partyId : new UUID[] {applicantId(), otherPartyId()}) {
            needed.add(Consent.takingPart(partyId));
            needed.add(Consent.formOfContact(partyId, form));
        }
        networkMemberIds.forEach(memberId -> needed.add(Consent.conferenceParticipation(memberId)));
        return needed;
    }

    private void requireActive(List<Consent> needed,
            BiFunction<UUID, List<Consent>, ? extends ConsentNotActiveException> refusal) {
        List<Consent> missing = needed.stream()
                .filter(consent -> !activeConsents.containsValue(consent))
                .filter(Objects::nonNull)
                .toList();
        if (!missing.isEmpty()) {
            throw refusal.apply(caseId, missing);
        }
    }

    /** A person on the case by role; their data lives in the events, encrypted, not here. */
    record Party(PartyRole role, PartySide side, UUID representedPartyId) {
    }

    record CaseLink(UUID linkedCaseId, LinkType linkType) {
    }

    record Meeting(ContactForm form, List<UUID> networkMemberIds, MeetingState state) {

        Meeting in(MeetingState newState) {
            return new Meeting(form, networkMemberIds, newState);
        }
    }

    enum MeetingState {
        SCHEDULED, CANCELLED, HELD
    }

    enum ExchangeState {
        NONE, OPEN, SUSPENDED, CLOSED
    }
}
