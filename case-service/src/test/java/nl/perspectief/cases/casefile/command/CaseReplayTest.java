package nl.perspectief.cases.casefile.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures;
import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.casefile.api.CaseAsOfView;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;

/**
 * Compliance's replay of a case goes through the aggregate's own event sourcing: the state at a moment, and for each
 * contact step the consents the case's rules say it needed, held or not.
 */
class CaseReplayTest {

    private static final Instant START = Instant.parse("2026-04-01T08:00:00Z");

    private final CaseHistory julia = CaseFixtures.caseOfJulia();

    @Test
    void rebuildsTheCaseAsItWasAtAMomentFromTheEventsRecordedUpToThen() {
        UUID takingPart = UUID.randomUUID();
        List<DomainEventMessage<?>> stream = stored(julia.inProgress(
                julia.consentRecorded(takingPart, Consent.takingPart(julia.applicantId)),
                julia.consentWithdrawn(takingPart, Consent.takingPart(julia.applicantId), null)));

        CaseAsOfView beforeTheWithdrawal = CaseReplay.asOf(julia.caseId, recordedAt(3), stream(stream)).orElseThrow();
        CaseAsOfView now = CaseReplay.asOf(julia.caseId, recordedAt(10), stream(stream)).orElseThrow();
        CaseAsOfView beforeItExisted = CaseReplay.asOf(julia.caseId, START.minusSeconds(1), stream(stream)).orElseThrow();

        assertThat(beforeTheWithdrawal.eventsReplayed()).isEqualTo(4);
        assertThat(beforeTheWithdrawal.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(beforeTheWithdrawal.mediatorId()).isEqualTo(CaseFixtures.MEDIATOR.staffId());
        assertThat(beforeTheWithdrawal.activeConsents()).singleElement().satisfies(consent -> {
            assertThat(consent.consentId()).isEqualTo(takingPart);
            assertThat(consent.purpose()).isEqualTo(ConsentPurpose.TAKING_PART);
            assertThat(consent.method()).isEqualTo(ConsentMethod.SPOKEN);
            assertThat(consent.grantedBySequence()).isEqualTo(3);
            assertThat(consent.recordedAt()).isEqualTo(recordedAt(3));
        });
        assertThat(now.eventsReplayed()).isEqualTo(5);
        assertThat(now.lastSequence()).isEqualTo(4);
        assertThat(now.activeConsents()).isEmpty();
        assertThat(beforeItExisted.eventsReplayed()).isZero();
        assertThat(beforeItExisted.status()).isNull();
    }

    @Test
    void provesEachContactStepByTheConsentsThatHeldWhenItWasTaken() {
        List<Object> events = new ArrayList<>(julia.agreedOn(ContactForm.MEETING));
        events.add(julia.meetingScheduled());

        ConsentProofView proof = CaseReplay.proofOf(julia.caseId, stored(events).iterator()).orElseThrow();

        assertThat(proof.eventsReplayed()).isEqualTo(events.size());
        assertThat(proof.steps()).extracting(ConsentProofView.StepProof::type)
                .containsExactly("FORM_OF_CONTACT_AGREED", "MEETING_SCHEDULED");
        assertThat(proof.clean()).isTrue();
        ConsentProofView.StepProof meeting = proof.steps().get(1);
        assertThat(meeting.needed()).hasSize(4).allSatisfy(needed -> assertThat(needed.heldBy()).isNotNull());
        List<Long> grantingEvents = events.stream().filter(ConsentRecordedEvent.class::isInstance)
                .map(events::indexOf).map(Integer::longValue).toList();
        assertThat(meeting.needed()).extracting(needed -> needed.heldBy().grantedBySequence())
                .containsExactlyInAnyOrderElementsOf(grantingEvents);
    }

    /** An event no command would accept, as if written into the store by hand: the proof names what it lacked. */
    @Test
    void findsAStepTakenWithoutTheConsentItNeeded() {
        List<Object> events = new ArrayList<>(julia.inProgress());
        events.add(julia.formAgreed(ContactForm.MEETING));
        events.add(julia.meetingScheduled());

        ConsentProofView proof = CaseReplay.proofOf(julia.caseId, stored(events).iterator()).orElseThrow();

        assertThat(proof.clean()).isFalse();
        assertThat(proof.steps()).allSatisfy(step -> assertThat(step.allHeld()).isFalse());
        assertThat(proof.steps().get(1).sequence()).isEqualTo(events.size() - 1);
        assertThat(proof.steps().get(1).needed()).extracting(ConsentProofView.NeededConsent::purpose)
                .containsExactlyInAnyOrder(ConsentPurpose.TAKING_PART, ConsentPurpose.FORM_OF_CONTACT,
                        ConsentPurpose.TAKING_PART, ConsentPurpose.FORM_OF_CONTACT);
    }

    @Test
    void answersNothingForACaseWithoutEvents() {
        assertThat(CaseReplay.proofOf(julia.caseId, List.<DomainEventMessage<?>>of().iterator())).isEmpty();
        assertThat(CaseReplay.asOf(julia.caseId, START, stream(List.of()))).isEmpty();
    }

    /** The events as the event store hands them back: in sequence, one second apart from START. */
    private List<DomainEventMessage<?>> stored(List<Object> events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Case", julia.caseId.toString(), sequence,
                    events.get(sequence), MetaData.emptyInstance(), UUID.randomUUID().toString(),
                    recordedAt(sequence)));
        }
        return messages;
    }

    private static DomainEventStream stream(List<DomainEventMessage<?>> messages) {
        return DomainEventStream.of(messages);
    }

    private static Instant recordedAt(int sequence) {
        return START.plusSeconds(sequence);
    }
}
