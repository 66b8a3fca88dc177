package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.OutcomeSharedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeResumedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.MeetingRescheduledEvent;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.FormOfContactAgreedEvent;
import nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseAsOfView.ConsentAsOf;
import nl.perspectief.cases.casefile.api.CaseAsOfView;
import java.util.List;
import java.time.Instant;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.opening.command.RegistrationRules;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.triage.command.TriageIsForTheDeskException;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.closure.api.CloseCaseCommand;
import nl.perspectief.cases.closure.api.RecordAftercareContactCommand;
import nl.perspectief.cases.closure.api.ReopenCaseCommand;
import nl.perspectief.cases.closure.api.ShareOutcomeCommand;
import nl.perspectief.cases.closure.command.Closure;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import nl.perspectief.cases.consent.command.Consents;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.contact.api.CancelMeetingCommand;
import nl.perspectief.cases.contact.api.CloseMessageExchangeCommand;
import nl.perspectief.cases.contact.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ProposeFormOfContactCommand;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.contact.api.RecordMeetingHeldCommand;
import nl.perspectief.cases.contact.api.RecordPartyResponseCommand;
import nl.perspectief.cases.contact.api.RescheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ShareApplicantNameCommand;
import nl.perspectief.cases.contact.command.Approach;
import nl.perspectief.cases.contact.command.FormOfContact;
import nl.perspectief.cases.contact.command.Meetings;
import nl.perspectief.cases.contact.command.MessageExchange;
import nl.perspectief.cases.notes.api.AddCaseNoteCommand;
import nl.perspectief.cases.notes.command.Notes;
import nl.perspectief.cases.opening.api.OpenCaseByDeskCommand;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.parties.api.AddPartyCommand;
import nl.perspectief.cases.parties.api.RecordFirstConversationCommand;
import nl.perspectief.cases.parties.api.RecordPreparationTalkCommand;
import nl.perspectief.cases.parties.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.parties.api.SetPreferredLanguageCommand;
import nl.perspectief.cases.parties.api.UpdatePartyContactDetailsCommand;
import nl.perspectief.cases.parties.command.Parties;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.triage.api.DeclineCaseCommand;
import nl.perspectief.cases.triage.api.LinkCaseCommand;
import nl.perspectief.cases.triage.command.Triage;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One person's case, from registration to closure, and the one place where the principles are enforced: voluntary
 * (consents), confidential (naming), through the mediator (who may take which step).
 * <p> This class is the index of the case's rules: it says who may take each step and in what state of the case (the
 * rules about the case as a whole, its status and its mediator, are {@link Lifecycle}'s), and hands the step to the
 * member of the feature it belongs to, where that feature's rules live: {@link Parties}, {@link Consents}, {@link
 * Approach}, {@link FormOfContact}, {@link Meetings}, {@link MessageExchange}, {@link Closure}, {@link Notes}, {@link
 * Triage}. A step that reaches across features (a withdrawal stops meetings and the exchange) is decided here, in one
 * command.
 * <p> Its state holds ids, statuses and consents as (party, purpose) only, never personal data, so the snapshots Axon
 * takes of it (serialized by Jackson from its fields and its members' fields) hold none either.
 */
@Aggregate(snapshotTriggerDefinition = CaseSnapshots.TRIGGER)
@AggregateState
public class Case {

    @AggregateIdentifier
    private UUID caseId;
    @AggregateMember
    private Lifecycle lifecycle = new Lifecycle();
    @AggregateMember
    private Triage triage = new Triage();
    @AggregateMember
    private Parties parties = new Parties();
    @AggregateMember
    private Consents consents = new Consents();
    @AggregateMember
    private Approach approach = new Approach();
    @AggregateMember
    private FormOfContact formOfContact = new FormOfContact();
    @AggregateMember
    private Meetings meetings = new Meetings();
    @AggregateMember
    private MessageExchange exchange = new MessageExchange();
    @AggregateMember
    private Closure closure = new Closure();
    @AggregateMember
    private Notes notes = new Notes();

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

    // ---- opening: from a registration, or by the desk

    /*
     * CREATE_IF_MISSING instead of a constructor handler: the case id is derived from the registration
     * id, so a redelivered registration finds the case already open and is acknowledged without a
     * second event, rather than failing on a duplicate aggregate.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(OpenCaseFromRegistrationCommand command) {
        if (lifecycle.isOpen()) {
            return CommandOutcome.UNCHANGED;
        }
        RegistrationRules.check("Registration " + command.registrationId(), command.applicant(),
                command.otherParty(), command.incident(), command.story(), command.referrer());
        apply(new CaseOpenedEvent(command.caseId().value(), command.registrationId(), command.registrationReference(),
                command.source(), command.submittedAt(), command.openedAt(),
                command.applicant(), command.otherParty(), command.incident(), command.story(), command.referrer(),
                CaseStatus.AWAITING_TRIAGE, null));
        return CommandOutcome.APPLIED;
    }

    /** Called by {@link DeskCaseOpening}, which keeps the desk's idempotency keys in the same transaction. */
    CommandOutcome openByDesk(OpenCaseByDeskCommand command) {
        if (lifecycle.isOpen()) {
            return CommandOutcome.UNCHANGED;
        }
        if (command.performedBy() == null || command.performedBy().role() != StaffRole.DESK) {
            throw new TriageIsForTheDeskException(command.caseId().value(), command.performedBy());
        }
        RegistrationRules.check("Case " + command.caseId().value() + " opened by the desk", command.applicant(),
                command.otherParty(), command.incident(), command.story(), command.referrer());
        apply(new CaseOpenedEvent(command.caseId().value(), null, null, command.source(), command.receivedAt(),
                command.openedAt(), command.applicant(), command.otherParty(), command.incident(), command.story(),
                command.referrer(), CaseStatus.AWAITING_TRIAGE, command.performedBy()));
        return CommandOutcome.APPLIED;
    }

    // ---- triage, by the desk: the case's status and its mediator

    @CommandHandler
    CommandOutcome handle(AcceptCaseCommand command) {
        lifecycle.triageBy(command.performedBy());
        return triage.accept(command, lifecycle.status());
    }

    @CommandHandler
    CommandOutcome handle(DeclineCaseCommand command) {
        lifecycle.triageBy(command.performedBy());
        return triage.decline(command, lifecycle.status());
    }

    @CommandHandler
    CommandOutcome handle(LinkCaseCommand command) {
        lifecycle.triageBy(command.performedBy());
        return triage.link(command);
    }

    @CommandHandler
    CommandOutcome handle(AssignMediatorCommand command) {
        lifecycle.triageBy(command.performedBy());
        return triage.assignMediator(command, lifecycle.status(), lifecycle.mediatorId());
    }

    // ---- parties and conversations: Parties

    @CommandHandler
    CommandOutcome handle(AddPartyCommand command) {
        lifecycle.stepBy(command.performedBy());
        return parties.add(command);
    }

    @CommandHandler
    void handle(UpdatePartyContactDetailsCommand command) {
        lifecycle.stepBy(command.performedBy());
        parties.updateContactDetails(command);
    }

    @CommandHandler
    void handle(RecordSafetyNotesCommand command) {
        lifecycle.stepBy(command.performedBy());
        parties.recordSafetyNotes(command);
    }

    @CommandHandler
    void handle(SetPreferredLanguageCommand command) {
        lifecycle.stepBy(command.performedBy());
        parties.setPreferredLanguage(command);
    }

    @CommandHandler
    void handle(RecordFirstConversationCommand command) {
        lifecycle.stepBy(command.performedBy());
        parties.recordFirstConversation(command);
    }

    @CommandHandler
    void handle(RecordPreparationTalkCommand command) {
        lifecycle.stepBy(command.performedBy());
        parties.recordPreparationTalk(command);
    }

    // ---- the approach: Approach

    @CommandHandler
    void handle(RecordContactAttemptCommand command) {
        lifecycle.stepBy(command.performedBy());
        approach.recordContactAttempt(command, parties, consents);
    }

    @CommandHandler
    void handle(RecordPartyResponseCommand command) {
        lifecycle.stepBy(command.performedBy());
        approach.recordResponse(command, parties);
    }

    @CommandHandler
    CommandOutcome handle(ShareApplicantNameCommand command) {
        lifecycle.stepBy(command.performedBy());
        return approach.shareApplicantName(command, parties, consents);
    }

    // ---- consent: Consents

    @CommandHandler
    CommandOutcome handle(RecordConsentCommand command) {
        lifecycle.stepBy(command.performedBy());
        return consents.record(command, parties);
    }

    /*
     * Voluntariness outranks closure: a withdrawal is taken on a closed case too (a consent to share the
     * outcome, say). Everything that depended on the consent stops in this same command.
     */
    @CommandHandler
    CommandOutcome handle(WithdrawConsentCommand command) {
        lifecycle.mediatorOnly(command.performedBy());
        Optional<Consent> withdrawn = consents.withdraw(command);
        withdrawn.ifPresent(consent -> {
            meetings.cancelThoseNeeding(consent, parties, command.performedBy(), command.at());
            exchange.suspendIfNeeding(consent, command.consentId().value(), parties, command.performedBy(),
                    command.at());
        });
        return withdrawn.isPresent() ? CommandOutcome.APPLIED : CommandOutcome.UNCHANGED;
    }

    // ---- contact: FormOfContact, Meetings, MessageExchange

    @CommandHandler
    CommandOutcome handle(ProposeFormOfContactCommand command) {
        lifecycle.stepBy(command.performedBy());
        return formOfContact.propose(command);
    }

    @CommandHandler
    CommandOutcome handle(AgreeFormOfContactCommand command) {
        lifecycle.stepBy(command.performedBy());
        return formOfContact.agree(command, parties, consents);
    }

    @CommandHandler
    CommandOutcome handle(ScheduleMeetingCommand command) {
        lifecycle.stepBy(command.performedBy());
        return meetings.schedule(command, formOfContact, parties, consents);
    }

    @CommandHandler
    void handle(RescheduleMeetingCommand command) {
        lifecycle.stepBy(command.performedBy());
        meetings.reschedule(command, formOfContact, parties, consents);
    }

    @CommandHandler
    CommandOutcome handle(CancelMeetingCommand command) {
        lifecycle.stepBy(command.performedBy());
        return meetings.cancel(command);
    }

    @CommandHandler
    CommandOutcome handle(RecordMeetingHeldCommand command) {
        lifecycle.stepBy(command.performedBy());
        return meetings.recordHeld(command, formOfContact, parties, consents);
    }

    @CommandHandler
    CommandOutcome handle(OpenMessageExchangeCommand command) {
        lifecycle.stepBy(command.performedBy());
        return exchange.open(command, formOfContact, parties, consents);
    }

    @CommandHandler
    CommandOutcome handle(ResumeMessageExchangeCommand command) {
        lifecycle.stepBy(command.performedBy());
        return exchange.resume(command, formOfContact, parties, consents);
    }

    @CommandHandler
    CommandOutcome handle(CloseMessageExchangeCommand command) {
        lifecycle.stepBy(command.performedBy());
        return exchange.close(command);
    }

    // ---- closure and after: the case's status, Closure

    /* Nothing stays scheduled or open on a closed case: what was, stops in this same command. */
    @CommandHandler
    void handle(CloseCaseCommand command) {
        lifecycle.stepBy(command.performedBy());
        apply(new CaseClosedEvent(caseId, command.outcome(), command.note(), command.performedBy(), command.at()));
        meetings.cancelAllScheduled(command.performedBy(), command.at());
        exchange.closeWithTheCase(command.performedBy(), command.at());
    }

    @CommandHandler
    void handle(RecordAftercareContactCommand command) {
        lifecycle.mediatorOnly(command.performedBy());
        closure.recordAftercare(command, lifecycle.status(), parties);
    }

    @CommandHandler
    CommandOutcome handle(ReopenCaseCommand command) {
        lifecycle.mediatorOnly(command.performedBy());
        if (lifecycle.status() != CaseStatus.CLOSED) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseReopenedEvent(caseId, command.reason(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /* Sharing is part of closure, so it is taken before and after the case closes; never on a declined case. */
    @CommandHandler
    CommandOutcome handle(ShareOutcomeCommand command) {
        if (lifecycle.status() == CaseStatus.DECLINED) {
            throw new CaseDeclinedException(caseId);
        }
        lifecycle.mediatorOnly(command.performedBy());
        return closure.shareOutcome(command, parties, consents);
    }

    // ---- notes: Notes, also on a closed case

    @CommandHandler
    CommandOutcome handle(AddCaseNoteCommand command) {
        lifecycle.mediatorOnly(command.performedBy());
        return notes.add(command);
    }

    // ---- what compliance asks of a replayed case (CaseReplay)

    /**
     * The consents a step needed at the moment it was taken, by the same rules its command is checked by; none for a
     * step that is not a contact step. Asked of the case as it was right before the step's event.
     */
    List<Consent> consentsNeededFor(CaseEvent step) {
        return switch (step) {
            case ContactAttemptedEvent attempt -> approach.consentsNeededFor(attempt, parties);
            case ApplicantNamedToOtherPartyEvent naming -> Approach.toName(parties);
            case FormOfContactAgreedEvent agreement -> FormOfContact.toAgree(agreement.form(), parties);
            case MeetingScheduledEvent scheduled ->
                    FormOfContact.consentsFor(scheduled.form(), scheduled.networkMemberIds(), parties);
            case MeetingRescheduledEvent moved -> meetings.consentsNeededFor(moved.meetingId(), parties);
            case MeetingHeldEvent held -> meetings.consentsNeededFor(held.meetingId(), parties);
            case MessageExchangeOpenedEvent opened -> exchange.consentsNeeded(parties);
            case MessageExchangeResumedEvent resumed -> exchange.consentsNeeded(parties);
            case OutcomeSharedEvent shared -> Closure.toShare(shared.recipient(), parties);
            default -> List.of();
        };
    }

    Optional<ConsentAsOf> grantOf(Consent consent) {
        return consents.grantOf(consent);
    }

    CaseAsOfView asOf(UUID id, Instant moment, int eventsReplayed, Long lastSequence) {
        return new CaseAsOfView(id, moment, eventsReplayed, lastSequence, lifecycle.status(), lifecycle.mediatorId(),
                parties.asOf(),
                consents.asOf(), formOfContact.agreed(), meetings.asOf(), exchange.state());
    }

    // ---- the aggregate's identity (each member follows its own events)

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }
}
