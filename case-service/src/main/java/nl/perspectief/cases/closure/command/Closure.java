package nl.perspectief.cases.closure.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.PartyId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.AftercareContactRecordedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.OutcomeSharedEvent;
import nl.perspectief.cases.closure.api.RecordAftercareContactCommand;
import nl.perspectief.cases.closure.api.ShareOutcomeCommand;
import nl.perspectief.cases.consent.api.ActiveConsents;
import nl.perspectief.cases.parties.api.CaseParties;

/**
 * What comes with and after the closure of a case, a member of the {@code Case} aggregate: aftercare only once it is
 * closed, and the outcome shared with a third party only while both parties consent to that recipient.
 */
@AggregateState
public class Closure {

    private UUID caseId;
    private Set<UUID> outcomeShareIds = new LinkedHashSet<>();

    public void recordAftercare(RecordAftercareContactCommand command, CaseStatus status, CaseParties parties) {
        if (status != CaseStatus.CLOSED) {
            throw new AftercareBeforeClosureException(caseId);
        }
        parties.requireParty(PartyId.valueOf(command.partyId()));
        apply(new AftercareContactRecordedEvent(caseId, PartyId.valueOf(command.partyId()), command.summary(),
                command.performedBy(),
                command.at()));
    }

    /* One party's consent is not enough: both consent to this recipient. */
    public CommandOutcome shareOutcome(ShareOutcomeCommand command, CaseParties parties, ActiveConsents consents) {
        if (outcomeShareIds.contains(command.shareId())) {
            return CommandOutcome.UNCHANGED;
        }
        parties.requireOtherParty();
        consents.requireActive(caseId, toShare(command.recipient(), parties), OutcomeSharedWithoutConsentException::new);
        apply(new OutcomeSharedEvent(caseId, command.shareId(), command.recipient(), command.form(), command.content(),
                command.sharedAt(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /** An outcome is shared with a recipient only while both parties consent to that recipient. */
    public static List<Consent> toShare(String recipient, CaseParties parties) {
        return List.of(Consent.shareOutcome(parties.applicantId(), recipient),
                Consent.shareOutcome(parties.otherPartyId(), recipient));
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(OutcomeSharedEvent event) {
        outcomeShareIds.add(event.shareId());
    }
}
