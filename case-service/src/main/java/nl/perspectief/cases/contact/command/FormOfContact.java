package nl.perspectief.cases.contact.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.AggregateState;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.FormOfContactAgreedEvent;
import nl.perspectief.cases.casefile.api.FormOfContactProposedEvent;
import nl.perspectief.cases.consent.api.ActiveConsents;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.contact.api.ProposeFormOfContactCommand;
import nl.perspectief.cases.parties.api.CaseParties;

/**
 * The form of contact the parties choose, a member of the {@code Case} aggregate, and what every contact step in
 * that form needs: the form agreed, and both parties' consent to take part in it (each network member's for a
 * conference), active at that moment.
 */
@AggregateState
public class FormOfContact {

    private UUID caseId;
    private ContactForm proposed;
    private ContactForm agreed;

    public CommandOutcome propose(ProposeFormOfContactCommand command) {
        if (command.form() == proposed) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new FormOfContactProposedEvent(caseId, command.form(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    public CommandOutcome agree(AgreeFormOfContactCommand command, CaseParties parties, ActiveConsents consents) {
        parties.requireOtherParty();
        if (command.form() == agreed) {
            return CommandOutcome.UNCHANGED;
        }
        consents.requireActive(caseId, toAgree(command.form(), parties), FormOfContactWithoutConsentException::new);
        apply(new FormOfContactAgreedEvent(caseId, command.form(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /** A form is agreed only when both parties take part and chose it. */
    public static List<Consent> toAgree(ContactForm form, CaseParties parties) {
        UUID applicantId = parties.applicantId();
        UUID otherPartyId = parties.otherPartyId();
        return List.of(Consent.takingPart(applicantId), Consent.formOfContact(applicantId, form),
                Consent.takingPart(otherPartyId), Consent.formOfContact(otherPartyId, form));
    }

    /** The form agreed so far, {@code null} for none. */
    public ContactForm agreed() {
        return agreed;
    }

    /** Refuses a contact step in this form unless it was agreed and every consent it needs is active now. */
    void requireContactAllowed(ContactForm form, List<UUID> networkMemberIds, CaseParties parties,
                               ActiveConsents consents) {
        parties.requireOtherParty();
        if (form != agreed) {
            throw new FormOfContactNotAgreedException(caseId, form);
        }
        consents.requireActive(caseId, consentsFor(form, networkMemberIds, parties),
                ContactWithoutConsentException::new);
    }

    /** Both parties take part and chose this form; each network member in a conference takes part in it. */
    public static List<Consent> consentsFor(ContactForm form, List<UUID> networkMemberIds, CaseParties parties) {
        List<Consent> needed = new ArrayList<>();
        for (UUID partyId : new UUID[] {parties.applicantId(), parties.otherPartyId()}) {
            needed.add(Consent.takingPart(partyId));
            needed.add(Consent.formOfContact(partyId, form));
        }
        networkMemberIds.forEach(memberId -> needed.add(Consent.conferenceParticipation(memberId)));
        return needed;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(FormOfContactProposedEvent event) {
        proposed = event.form();
    }

    @EventSourcingHandler
    void on(FormOfContactAgreedEvent event) {
        agreed = event.form();
    }
}
