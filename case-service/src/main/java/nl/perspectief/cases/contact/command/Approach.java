package nl.perspectief.cases.contact.command;

import java.util.ArrayList;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.PartyId;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.consent.api.ActiveConsents;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.contact.api.RecordPartyResponseCommand;
import nl.perspectief.cases.contact.api.ShareApplicantNameCommand;
import nl.perspectief.cases.parties.api.CaseParties;

/**
 * The approach of the other party, a member of the {@code Case} aggregate: nobody on the other party's side is
 * approached before the applicant consents to it, and the applicant is named only once they consent to that.
 */
@AggregateState
public class Approach {

    private UUID caseId;
    private boolean applicantNamed;

    public void recordContactAttempt(RecordContactAttemptCommand command, CaseParties parties,
                                     ActiveConsents consents) {
        parties.requireParty(PartyId.valueOf(command.partyId()));
        if (parties.isOnOtherPartySide(PartyId.valueOf(command.partyId()))) {
            consents.requireActive(caseId, toApproach(parties), OtherPartyApproachedWithoutConsentException::new);
        }
        if (command.applicantNamed()) {
            consents.requireActive(caseId, toName(parties), ApplicantNamedWithoutConsentException::new);
        }
        apply(new ContactAttemptedEvent(caseId, PartyId.valueOf(command.partyId()), command.channel(),
                command.applicantNamed(),
                command.followUpBy(), command.performedBy(), command.at()));
    }

    public void recordResponse(RecordPartyResponseCommand command, CaseParties parties) {
        parties.requireParty(PartyId.valueOf(command.partyId()));
        apply(new PartyRespondedEvent(caseId, PartyId.valueOf(command.partyId()), command.response(), command.summary(),
                command.performedBy(), command.at()));
    }

    public CommandOutcome shareApplicantName(ShareApplicantNameCommand command, CaseParties parties,
                                             ActiveConsents consents) {
        UUID otherPartyId = parties.requireOtherParty();
        if (applicantNamed) {
            return CommandOutcome.UNCHANGED;
        }
        consents.requireActive(caseId, toName(parties), ApplicantNamedWithoutConsentException::new);
        apply(new ApplicantNamedToOtherPartyEvent(caseId, parties.applicantId(), otherPartyId, command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    /** What an attempt to reach someone needed: as {@link #recordContactAttempt} checks it. */
    public List<Consent> consentsNeededFor(ContactAttemptedEvent attempt, CaseParties parties) {
        List<Consent> needed = new ArrayList<>();
        if (parties.isOnOtherPartySide(attempt.partyId())) {
            needed.addAll(toApproach(parties));
        }
        if (attempt.applicantNamed()) {
            needed.addAll(toName(parties));
        }
        return needed;
    }

    /** The other party's side is approached only with the applicant's consent to it. */
    static List<Consent> toApproach(CaseParties parties) {
        return List.of(Consent.approachOtherParty(parties.applicantId()));
    }

    /** The applicant is named only with their consent to it. */
    public static List<Consent> toName(CaseParties parties) {
        return List.of(Consent.beNamedToOtherParty(parties.applicantId()));
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(ApplicantNamedToOtherPartyEvent event) {
        applicantNamed = true;
    }
}
