package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.contact.command.ContactWithoutConsentException;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOfJulia;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.FirstConversationHeldEvent;

/**
 * Axon stores a snapshot of a case as the {@link Case} itself, serialized by Jackson 3 like the
 * service does (axon.serializer.*: jackson3), and loads later commands against it instead of the full
 * history. The case must behave the same from either.
 */
class CaseSnapshotTest {

    private final CaseHistory julia = caseOfJulia();
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private List<Object> longHistory;
    private Case fromHistory;

    @BeforeEach
    void buildACaseWithALongHistory() {
        longHistory = julia.agreedOn(ContactForm.MEETING,
                new FirstConversationHeldEvent(julia.caseId, julia.applicantId, AT, "Julia wants to ask why", MEDIATOR, AT),
                julia.uncleAdded());
        for (int i = 0; i < 30; i++) {
            UUID consentId = UUID.randomUUID();
            Consent share = Consent.shareOutcome(julia.applicantId, "public prosecutor");
            longHistory.add(julia.consentRecorded(consentId, share));
            longHistory.add(julia.consentWithdrawn(consentId, share, "Changed her mind again"));
            longHistory.add(new CaseNoteAddedEvent(julia.caseId, UUID.randomUUID(), "Confidential note " + i, MEDIATOR, AT));
        }
        var otherPartyTakingPart = (ConsentRecordedEvent) longHistory.get(5);
        longHistory.add(julia.consentWithdrawn(otherPartyTakingPart.consentId(), otherPartyTakingPart.consent(), null));
        fromHistory = stateAfter(longHistory);
    }

    @Test
    void snapshotOfALongCaseHoldsNoPersonalData() {
        String json = new String(serializer.serialize(fromHistory, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(longHistory).hasSizeGreaterThan(CaseSnapshots.EVENTS_BETWEEN_SNAPSHOTS);
        assertThat(json).contains(julia.applicantId.toString())
                .doesNotContain("Julia", "Peter", "Kees", "Confidential note", "Changed her mind", "why");
    }

    @Test
    void caseRebuiltFromItsSnapshotHasTheSameState() {
        assertThat(restored()).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(fromHistory);
    }

    @Test
    void caseRebuiltFromItsSnapshotRefusesWhatTheHistoryRefuses() {
        new AggregateTestFixture<>(Case.class)
                .givenState(this::restored)
                .when(julia.scheduleMeeting())
                .expectException(ContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void caseRebuiltFromItsSnapshotSchedulesOnceTheConsentIsBack() {
        Case withConsentBack = stateAfter(withTakingPartRecordedAgain());

        new AggregateTestFixture<>(Case.class)
                .givenState(() -> serializer.deserialize(serializer.serialize(withConsentBack, byte[].class)))
                .when(julia.scheduleMeeting())
                .expectEvents(julia.meetingScheduled());
    }

    private List<Object> withTakingPartRecordedAgain() {
        List<Object> history = new ArrayList<>(longHistory);
        history.add(julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.otherPartyId)));
        return history;
    }

    private Case restored() {
        SerializedObject<byte[]> snapshot = serializer.serialize(fromHistory, byte[].class);
        return serializer.deserialize(snapshot);
    }

    /** The case as Axon rebuilds it from these events (a repeated assignment changes nothing). */
    private Case stateAfter(List<Object> history) {
        AtomicReference<Case> state = new AtomicReference<>();
        new AggregateTestFixture<>(Case.class)
                .given(history)
                .when(julia.assign(MEDIATOR.staffId()))
                .expectNoEvents()
                .expectState(state::set);
        return state.get();
    }
}
