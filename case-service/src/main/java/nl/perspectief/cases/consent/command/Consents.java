package nl.perspectief.cases.consent.command;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.CaseAsOfView.ConsentAsOf;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import java.util.List;
import java.time.Instant;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.casefile.api.PartyId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.consent.api.ActiveConsents;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import nl.perspectief.cases.parties.api.CaseParties;

/**
 * Every consent given on a case and whether it still holds, a member of the {@code Case} aggregate: one party, one
 * purpose, recorded once, holding until withdrawn. The contact steps ask it ({@link ActiveConsents}) before they
 * are taken; what a withdrawal stops is the {@code Case}'s to decide, in the same command.
 */
@AggregateState
public class Consents implements ActiveConsents {

    private UUID caseId;
    private Map<UUID, Consent> active = new LinkedHashMap<>();
    private Map<UUID, Consent> withdrawn = new LinkedHashMap<>();
    private Map<UUID, Grant> grants = new LinkedHashMap<>();

    public CommandOutcome record(RecordConsentCommand command, CaseParties parties) {
        Consent consent = new Consent(PartyId.valueOf(command.partyId()), command.purpose(), command.form(),
                command.recipient());
        parties.requireParty(PartyId.valueOf(command.partyId()));
        if (!consent.complete()) {
            throw new IncompleteConsentException(caseId, command.consentId().value());
        }
        if (active.containsValue(consent)) {
            return CommandOutcome.UNCHANGED;
        }
        if (active.containsKey(command.consentId().value()) || withdrawn.containsKey(command.consentId().value())) {
            throw new ConsentIdInUseException(caseId, command.consentId().value());
        }
        apply(new ConsentRecordedEvent(caseId, command.consentId().value(), consent.partyId(), consent.purpose(),
                consent.form(), consent.recipient(), command.method(), command.givenAt(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    /** The consent withdrawn now; empty when it was withdrawn before (nothing changes). */
    public Optional<Consent> withdraw(WithdrawConsentCommand command) {
        if (withdrawn.containsKey(command.consentId().value())) {
            return Optional.empty();
        }
        Consent consent = active.get(command.consentId().value());
        if (consent == null) {
            throw new UnknownConsentException(caseId, command.consentId().value());
        }
        apply(new ConsentWithdrawnEvent(caseId, command.consentId().value(), consent.partyId(), consent.purpose(),
                consent.form(), consent.recipient(), command.reason(), command.performedBy(), command.at()));
        return Optional.of(consent);
    }

    @Override
    public boolean isActive(Consent consent) {
        return active.containsValue(consent);
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    /** The consent that holds now and is equal to this one, with how it was given and the event that recorded it. */
    public Optional<ConsentAsOf> grantOf(Consent consent) {
        return active.entrySet().stream()
                .filter(entry -> entry.getValue().equals(consent))
                .findFirst()
                .map(entry -> asOf(entry.getKey(), entry.getValue()));
    }

    /** Every consent that holds now, in the order they were given. */
    public List<ConsentAsOf> asOf() {
        return active.entrySet().stream().map(entry -> asOf(entry.getKey(), entry.getValue())).toList();
    }

    private ConsentAsOf asOf(UUID consentId, Consent consent) {
        Grant grant = grants.get(consentId);
        return new ConsentAsOf(consentId, consent.partyId(), consent.purpose(), consent.form(), consent.recipient(),
                grant.method(), grant.givenAt(), grant.sequence(), grant.recordedAt());
    }

    @EventSourcingHandler
    void on(ConsentRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        active.put(event.consentId(), event.consent());
        grants.put(event.consentId(), new Grant(sequence, event.method(), event.givenAt(), recordedAt));
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent event) {
        active.remove(event.consentId());
        withdrawn.put(event.consentId(), event.consent());
    }

    /** How a consent was given, and the event that recorded it: what a compliance officer asks of it. */
    record Grant(long sequence, ConsentMethod method, Instant givenAt, Instant recordedAt) {
    }
}
