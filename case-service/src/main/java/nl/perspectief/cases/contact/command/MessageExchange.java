package nl.perspectief.cases.contact.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MessageExchangeClosedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeResumedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeSuspendedEvent;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.consent.api.ActiveConsents;
import nl.perspectief.cases.contact.api.CloseMessageExchangeCommand;
import nl.perspectief.cases.contact.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.parties.api.CaseParties;

/**
 * The exchange of messages between the parties, a member of the {@code Case} aggregate: open only while the form
 * is agreed and both parties consent, suspended the moment one of those consents is withdrawn, closed with the case.
 * Messaging relays messages only while it is open.
 */
@AggregateState
public class MessageExchange {

    private UUID caseId;
    private State state = State.NONE;

    public CommandOutcome open(OpenMessageExchangeCommand command, FormOfContact formOfContact, CaseParties parties,
                               ActiveConsents consents) {
        if (state == State.OPEN) {
            return CommandOutcome.UNCHANGED;
        }
        if (state == State.SUSPENDED) {
            throw new MessageExchangeSuspendedException(caseId);
        }
        formOfContact.requireContactAllowed(ContactForm.MESSAGE_EXCHANGE, List.of(), parties, consents);
        apply(new MessageExchangeOpenedEvent(caseId, parties.applicantId(), parties.otherPartyId(),
                command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome resume(ResumeMessageExchangeCommand command, FormOfContact formOfContact,
                                 CaseParties parties, ActiveConsents consents) {
        if (state == State.OPEN) {
            return CommandOutcome.UNCHANGED;
        }
        if (state != State.SUSPENDED) {
            throw new NoMessageExchangeException(caseId);
        }
        formOfContact.requireContactAllowed(ContactForm.MESSAGE_EXCHANGE, List.of(), parties, consents);
        apply(new MessageExchangeResumedEvent(caseId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome close(CloseMessageExchangeCommand command) {
        if (!isOpenOrSuspended()) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new MessageExchangeClosedEvent(caseId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /** A withdrawal of a consent the open exchange needs suspends it, in the withdrawal's own command. */
    public void suspendIfNeeding(Consent withdrawn, UUID withdrawnConsentId, CaseParties parties, StaffMember by,
                                 Instant at) {
        if (state == State.OPEN && FormOfContact.consentsFor(ContactForm.MESSAGE_EXCHANGE, List.of(), parties)
                .contains(withdrawn)) {
            apply(new MessageExchangeSuspendedEvent(caseId, withdrawnConsentId, by, at));
        }
    }

    /** What opening or resuming the exchange needs: as {@link #open} and {@link #resume} check it. */
    public List<Consent> consentsNeeded(CaseParties parties) {
        return FormOfContact.consentsFor(ContactForm.MESSAGE_EXCHANGE, List.of(), parties);
    }

    /** {@code NONE}, {@code OPEN}, {@code SUSPENDED} or {@code CLOSED}. */
    public String state() {
        return state.name();
    }

    /** Nothing stays open on a closed case. */
    public void closeWithTheCase(StaffMember by, Instant at) {
        if (isOpenOrSuspended()) {
            apply(new MessageExchangeClosedEvent(caseId, by, at));
        }
    }

    private boolean isOpenOrSuspended() {
        return state == State.OPEN || state == State.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(MessageExchangeOpenedEvent event) {
        state = State.OPEN;
    }

    @EventSourcingHandler
    void on(MessageExchangeSuspendedEvent event) {
        state = State.SUSPENDED;
    }

    @EventSourcingHandler
    void on(MessageExchangeResumedEvent event) {
        state = State.OPEN;
    }

    @EventSourcingHandler
    void on(MessageExchangeClosedEvent event) {
        state = State.CLOSED;
    }

    enum State {
        NONE, OPEN, SUSPENDED, CLOSED
    }
}
