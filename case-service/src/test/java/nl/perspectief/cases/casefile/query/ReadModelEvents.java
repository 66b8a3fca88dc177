package nl.perspectief.cases.casefile.query;

import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.OPENED_AT;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOpened;
import static nl.perspectief.cases.casefile.CaseFixtures.openCase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.FirstConversationHeldEvent;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;

/**
 * Julia's case as events for the projection tests, each case with its own registration reference (the
 * table keeps references unique) and, where a test filters on it, its own mediator.
 */
final class ReadModelEvents {

    private static final AtomicInteger REFERENCES = new AtomicInteger(3_100_000);

    final UUID caseId = UUID.randomUUID();
    final StaffMember mediator;
    final CaseOpenedEvent opened;
    final UUID applicantId;
    final UUID otherPartyId;

    /** A case of its own mediator. */
    ReadModelEvents() {
        this(new StaffMember("mediator-" + UUID.randomUUID().toString().substring(0, 8), StaffRole.MEDIATOR), OPENED_AT);
    }

    /** A case of this mediator, opened at this moment. */
    ReadModelEvents(StaffMember mediator, Instant openedAt) {
        CaseOpenedEvent registered = caseOpened(openCase(caseId, "PH-2026-" + REFERENCES.incrementAndGet()));
        this.mediator = mediator;
        this.opened = new CaseOpenedEvent(caseId, registered.registrationId(), registered.registrationReference(),
                registered.source(), registered.submittedAt(), openedAt, registered.applicant(),
                registered.otherParty(), registered.incident(), registered.story(), registered.referrer(),
                registered.status(), registered.openedBy());
        this.applicantId = opened.applicant().subjectId();
        this.otherPartyId = opened.otherParty().subjectId();
    }

    CaseAcceptedEvent accepted() {
        return new CaseAcceptedEvent(caseId, DESK, AT);
    }

    MediatorAssignedEvent assigned() {
        return new MediatorAssignedEvent(caseId, mediator.staffId(), DESK, AT);
    }

    /** Opened, accepted, assigned to this case's own mediator. */
    List<CaseEvent> inProgress() {
        return List.of(opened, accepted(), assigned());
    }

    FirstConversationHeldEvent firstConversation() {
        return new FirstConversationHeldEvent(caseId, applicantId, AT, "Julia wants to ask him why.", mediator, AT);
    }

    ConsentRecordedEvent consented(UUID consentId, Consent consent) {
        return new ConsentRecordedEvent(caseId, consentId, consent.partyId(), consent.purpose(), consent.form(),
                consent.recipient(), ConsentMethod.SPOKEN, AT, mediator, AT);
    }

    ConsentWithdrawnEvent withdrawn(UUID consentId, Consent consent, String reason) {
        return new ConsentWithdrawnEvent(caseId, consentId, consent.partyId(), consent.purpose(), consent.form(),
                consent.recipient(), reason, mediator, AT);
    }

    ContactAttemptedEvent letterTo(UUID partyId, LocalDate followUpBy) {
        return new ContactAttemptedEvent(caseId, partyId, ApproachChannel.LETTER, false, followUpBy, mediator, AT);
    }

    PartyRespondedEvent answered(UUID partyId, PartyResponse response) {
        return new PartyRespondedEvent(caseId, partyId, response, "He wants to talk.", mediator, AT);
    }
}
