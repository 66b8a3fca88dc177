package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.closure.command.AftercareBeforeClosureException;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOfJulia;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.casefile.api.AftercareContactRecordedEvent;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.CaseReopenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingCancelledEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeClosedEvent;
import nl.perspectief.cases.closure.api.RecordAftercareContactCommand;
import nl.perspectief.cases.closure.api.ReopenCaseCommand;

class ClosureTest {

    private final CaseHistory julia = caseOfJulia();
    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    @Test
    void closesTheCaseWithItsOutcome() {
        fixture.given(julia.inProgress())
                .when(julia.close())
                .expectEvents(julia.closed())
                .expectState(c -> assertThat(c).extracting("lifecycle.status").isEqualTo(CaseStatus.CLOSED));
    }

    @Test
    void cancelsScheduledMeetingsWhenTheCaseCloses() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.meetingScheduled()))
                .when(julia.close())
                .expectEvents(julia.closed(), new MeetingCancelledEvent(julia.caseId, julia.meetingId,
                        MeetingCancellationReason.CASE_CLOSED, null, MEDIATOR, AT));
    }

    @Test
    void closesTheOpenExchangeWhenTheCaseCloses() {
        fixture.given(julia.agreedOn(ContactForm.MESSAGE_EXCHANGE, julia.exchangeOpened()))
                .when(julia.close())
                .expectEvents(julia.closed(), new MessageExchangeClosedEvent(julia.caseId, MEDIATOR, AT));
    }

    @Test
    void refusesMeetingOnAClosedCase() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.closed()))
                .when(julia.scheduleMeeting())
                .expectException(CaseClosedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesConsentOnAClosedCase() {
        fixture.given(julia.inProgress(julia.closed()))
                .when(julia.recordConsent(UUID.randomUUID(), Consent.takingPart(julia.applicantId)))
                .expectException(CaseClosedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesClosingAClosedCaseAgain() {
        fixture.given(julia.inProgress(julia.closed()))
                .when(julia.close())
                .expectException(CaseClosedException.class)
                .expectNoEvents();
    }

    @Test
    void recordsAftercareAfterClosure() {
        fixture.given(julia.inProgress(julia.closed()))
                .when(new RecordAftercareContactCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.applicantId),
                "Doing well", MEDIATOR, AT))
                .expectEvents(new AftercareContactRecordedEvent(julia.caseId, julia.applicantId, "Doing well",
                MEDIATOR, AT));
    }

    @Test
    void refusesAftercareBeforeClosure() {
        fixture.given(julia.inProgress())
                .when(new RecordAftercareContactCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.applicantId),
                "Doing well", MEDIATOR, AT))
                .expectException(AftercareBeforeClosureException.class)
                .expectNoEvents();
    }

    @Test
    void addsAConfidentialNoteToAClosedCase() {
        UUID noteId = UUID.randomUUID();

        fixture.given(julia.inProgress(julia.closed()))
                .when(julia.note(noteId, MEDIATOR))
                .expectEvents(new CaseNoteAddedEvent(julia.caseId, noteId, "Julia asked not to be called before noon.",
                        MEDIATOR, AT));
    }

    @Test
    void answersUnchangedWhenTheSameNoteIsAddedTwice() {
        UUID noteId = UUID.randomUUID();

        fixture.given(julia.inProgress(new CaseNoteAddedEvent(julia.caseId, noteId, "A note", MEDIATOR, AT)))
                .when(julia.note(noteId, MEDIATOR))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void answersAStepWithTheVersionItLeftTheCaseAt() {
        fixture.given(julia.inProgress(julia.closed()))
                .when(julia.note(UUID.randomUUID(), MEDIATOR))
                .expectResultMessageMatching(versionAfter(4L));
    }

    @Test
    void answersAStepThatChangedNothingWithTheVersionItFound() {
        UUID noteId = UUID.randomUUID();

        fixture.given(julia.inProgress(new CaseNoteAddedEvent(julia.caseId, noteId, "A note", MEDIATOR, AT)))
                .when(julia.note(noteId, MEDIATOR))
                .expectResultMessageMatching(versionAfter(3L));
    }

    private static Matcher<CommandResultMessage<?>> versionAfter(long version) {
        return Matchers.predicate(
                result -> Long.valueOf(version).equals(result.getMetaData().get(CommandOutcome.VERSION_AFTER)));
    }

    @Test
    void refusesCaseNotesByTheDesk() {
        fixture.given(julia.inProgress())
                .when(julia.note(UUID.randomUUID(), DESK))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void reopensAClosedCaseWithItsReason() {
        fixture.given(julia.inProgress(julia.closed()))
                .when(new ReopenCaseCommand(CaseId.of(julia.caseId), null, "Peter wrote again", MEDIATOR, AT))
                .expectEvents(new CaseReopenedEvent(julia.caseId, "Peter wrote again", MEDIATOR, AT))
                .expectState(c -> assertThat(c).extracting("lifecycle.status").isEqualTo(CaseStatus.IN_PROGRESS));
    }

    @Test
    void answersUnchangedWhenReopeningACaseThatIsNotClosed() {
        fixture.given(julia.inProgress())
                .when(new ReopenCaseCommand(CaseId.of(julia.caseId), null, "Peter wrote again", MEDIATOR, AT))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void schedulesAgainOnceTheCaseIsReopened() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.closed(),
                        new CaseReopenedEvent(julia.caseId, "Peter wrote again", MEDIATOR, AT)))
                .when(julia.scheduleMeeting())
                .expectEvents(julia.meetingScheduled());
    }
}
