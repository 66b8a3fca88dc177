package nl.perspectief.messaging.correspondence.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.perspectief.messaging.correspondence.api.ApproveMessageCommand;
import nl.perspectief.messaging.correspondence.api.Attachment;
import nl.perspectief.messaging.correspondence.api.CloseCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.CommandOutcome;
import nl.perspectief.messaging.correspondence.api.ConfirmReceiptCommand;
import nl.perspectief.messaging.correspondence.api.CorrespondenceClosedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceMediatorSetEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceOpenedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceResumedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSuspendedEvent;
import nl.perspectief.messaging.correspondence.api.DeliverMessageCommand;
import nl.perspectief.messaging.correspondence.api.DeliveryChannel;
import nl.perspectief.messaging.correspondence.api.MessageApprovedEvent;
import nl.perspectief.messaging.correspondence.api.MessageDeliveredEvent;
import nl.perspectief.messaging.correspondence.api.MessageKind;
import nl.perspectief.messaging.correspondence.api.MessageRecordedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRedactedEvent;
import nl.perspectief.messaging.correspondence.api.MessageReturnedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRevisedEvent;
import nl.perspectief.messaging.correspondence.api.MessageWithdrawnEvent;
import nl.perspectief.messaging.correspondence.api.OpenCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.ReceiptConfirmedEvent;
import nl.perspectief.messaging.correspondence.api.RecordMessageCommand;
import nl.perspectief.messaging.correspondence.api.RedactMessageCommand;
import nl.perspectief.messaging.correspondence.api.ResumeCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.ReturnMessageCommand;
import nl.perspectief.messaging.correspondence.api.ReviseMessageCommand;
import nl.perspectief.messaging.correspondence.api.SetCorrespondenceMediatorCommand;
import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.messaging.correspondence.api.SuspendCorrespondenceCommand;
import nl.perspectief.messaging.correspondence.api.SuspensionReason;
import nl.perspectief.messaging.correspondence.api.WithdrawMessageCommand;
import nl.perspectief.security.StaffRole;

/** The rules of a case's correspondence, as Gaby's letters to her uncle and his answers meet them. */
class CorrespondenceTest {

    private static final Instant AT = Instant.parse("2026-06-02T10:00:00Z");
    private static final StaffMember MEDIATOR = new StaffMember("mediator-marieke", StaffRole.MEDIATOR);
    private static final StaffMember COLLEAGUE = new StaffMember("mediator-joost", StaffRole.MEDIATOR);

    private final UUID caseId = UUID.randomUUID();
    private final UUID gaby = UUID.randomUUID();
    private final UUID uncle = UUID.randomUUID();
    private final UUID letter = UUID.randomUUID();
    private final UUID exchange = UUID.randomUUID();
    private AggregateTestFixture<Correspondence> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Correspondence.class);
    }

    private CorrespondenceMediatorSetEvent mediatorSet() {
        return new CorrespondenceMediatorSetEvent(caseId, MEDIATOR.staffId(), AT);
    }

    private CorrespondenceOpenedEvent opened() {
        return new CorrespondenceOpenedEvent(caseId, exchange, gaby, uncle, AT);
    }

    private MessageRecordedEvent recorded() {
        return new MessageRecordedEvent(caseId, letter, gaby, uncle, MessageKind.LETTER, "Dear uncle,", List.of(), MEDIATOR, AT);
    }

    private MessageApprovedEvent approved(int version) {
        return new MessageApprovedEvent(caseId, letter, version, MEDIATOR, AT);
    }

    private MessageDeliveredEvent delivered() {
        return new MessageDeliveredEvent(caseId, letter, 1, gaby, uncle, MessageKind.LETTER, DeliveryChannel.POST, AT, MEDIATOR, AT);
    }

    @Test
    void learnsItsMediatorAndItsExchangeFromCaseServiceOnceEvenWhenARecordComesTwice() {
        fixture.givenNoPriorActivity()
                .when(new SetCorrespondenceMediatorCommand(caseId, MEDIATOR.staffId(), AT))
                .expectEvents(mediatorSet())
                .expectResultMessagePayload(CommandOutcome.APPLIED);
        fixture.given(mediatorSet(), opened())
                .when(new OpenCorrespondenceCommand(caseId, exchange, gaby, uncle, MEDIATOR.staffId(), AT))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
        fixture.given(mediatorSet(), opened(), new CorrespondenceSuspendedEvent(caseId, exchange, SuspensionReason.CONSENT_WITHDRAWN, AT))
                .when(new SuspendCorrespondenceCommand(caseId, exchange, SuspensionReason.CONSENT_WITHDRAWN, AT))
                .expectNoEvents();
    }

    @Test
    void opensWithTheMediatorWhoRunsTheExchangeWhenNoneWasKnownYet() {
        fixture.givenNoPriorActivity()
                .when(new OpenCorrespondenceCommand(caseId, exchange, gaby, uncle, MEDIATOR.staffId(), AT))
                .expectEvents(mediatorSet(), opened());
    }

    @Test
    void ignoresALateRecordOfAnEarlierExchangeAndOpensANewOneAfterTheCaseReopened() {
        UUID earlier = UUID.randomUUID();
        fixture.given(mediatorSet(), opened())
                .when(new SuspendCorrespondenceCommand(caseId, earlier, SuspensionReason.CONSENT_WITHDRAWN, AT))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
        UUID next = UUID.randomUUID();
        fixture.given(mediatorSet(), opened(), new CorrespondenceClosedEvent(caseId, exchange, AT))
                .when(new OpenCorrespondenceCommand(caseId, next, gaby, uncle, MEDIATOR.staffId(), AT))
                .expectEvents(new CorrespondenceOpenedEvent(caseId, next, gaby, uncle, AT));
    }

    @Test
    void recordsALetterFromOnePartyToTheOtherAwaitingReview() {
        fixture.given(mediatorSet(), opened())
                .when(new RecordMessageCommand(caseId, null, letter, gaby, MessageKind.LETTER, "Dear uncle,", List.of(), MEDIATOR, AT))
                .expectEvents(recorded());
    }

    @Test
    void refusesALetterFromSomeoneWhoIsNotAPartyOfTheExchange() {
        fixture.given(mediatorSet(), opened())
                .when(new RecordMessageCommand(caseId, null, letter, UUID.randomUUID(), MessageKind.LETTER, "Hello", List.of(),
                        MEDIATOR, AT))
                .expectException(NotAPartyOfTheExchangeException.class)
                .expectNoEvents();
    }

    @Test
    void refusesEveryStepByAnyoneButTheCasesMediator() {
        fixture.given(mediatorSet(), opened(), recorded())
                .when(new ApproveMessageCommand(caseId, null, letter, COLLEAGUE, AT))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void deliversNothingBeforeTheMediatorApprovedIt() {
        fixture.given(mediatorSet(), opened(), recorded())
                .when(new DeliverMessageCommand(caseId, null, letter, DeliveryChannel.POST, AT, MEDIATOR, AT))
                .expectException(DeliveryWithoutApprovalException.class)
                .expectNoEvents();
    }

    @Test
    void deliversAnApprovedLetterAndConfirmsItsReceipt() {
        fixture.given(mediatorSet(), opened(), recorded(), approved(1))
                .when(new DeliverMessageCommand(caseId, null, letter, DeliveryChannel.POST, AT, MEDIATOR, AT))
                .expectEvents(delivered());
        fixture.given(mediatorSet(), opened(), recorded(), approved(1), delivered())
                .when(new ConfirmReceiptCommand(caseId, null, letter, AT.plusSeconds(3600), MEDIATOR, AT))
                .expectEvents(new ReceiptConfirmedEvent(caseId, letter, uncle, AT.plusSeconds(3600), MEDIATOR, AT));
    }

    @Test
    void returnsALetterWithAReasonAndTakesTheRevisionAsANewVersionToReviewAgain() {
        fixture.given(mediatorSet(), opened(), recorded())
                .when(new ReturnMessageCommand(caseId, null, letter, "It names your new town.", MEDIATOR, AT))
                .expectEvents(new MessageReturnedEvent(caseId, letter, 1, gaby, "It names your new town.", MEDIATOR, AT));
        fixture.given(mediatorSet(), opened(), recorded(),
                        new MessageReturnedEvent(caseId, letter, 1, gaby, "It names your new town.", MEDIATOR, AT))
                .when(new ReviseMessageCommand(caseId, null, letter, "Dear uncle, (no town)", List.of(), MEDIATOR, AT))
                .expectEvents(new MessageRevisedEvent(caseId, letter, 2, gaby, "Dear uncle, (no town)", List.of(), MEDIATOR, AT));
    }

    @Test
    void redactsAPassageOnlyWithTheWritersAgreementAsANewVersion() {
        fixture.given(mediatorSet(), opened(), recorded())
                .when(new RedactMessageCommand(caseId, null, letter, "Dear uncle, [...]", List.of(), false, MEDIATOR, AT))
                .expectException(RedactionWithoutWriterAgreementException.class)
                .expectNoEvents();
        fixture.given(mediatorSet(), opened(), recorded(), approved(1))
                .when(new RedactMessageCommand(caseId, null, letter, "Dear uncle, [...]", List.of(), true, MEDIATOR, AT))
                .expectEvents(new MessageRedactedEvent(caseId, letter, 2, gaby, "Dear uncle, [...]", List.of(), MEDIATOR, AT));
    }

    @Test
    void redactionMayDropAnAttachmentOfTheVersionButNeverAddOne() {
        Attachment photo = new Attachment(UUID.randomUUID(), "image/jpeg", 2_048, "ab".repeat(32));
        Attachment scan = new Attachment(UUID.randomUUID(), "application/pdf", 4_096, "cd".repeat(32));
        MessageRecordedEvent withBoth = new MessageRecordedEvent(caseId, letter, gaby, uncle, MessageKind.LETTER,
                "Dear uncle,", List.of(photo, scan), MEDIATOR, AT);
        fixture.given(mediatorSet(), opened(), withBoth)
                .when(new RedactMessageCommand(caseId, null, letter, "Dear uncle,", List.of(scan), true, MEDIATOR, AT))
                .expectEvents(new MessageRedactedEvent(caseId, letter, 2, gaby, "Dear uncle,", List.of(scan), MEDIATOR, AT));
        Attachment another = new Attachment(UUID.randomUUID(), "image/png", 1_024, "ef".repeat(32));
        fixture.given(mediatorSet(), opened(), withBoth)
                .when(new RedactMessageCommand(caseId, null, letter, "Dear uncle,", List.of(scan, another), true,
                        MEDIATOR, AT))
                .expectException(RedactionAddsAttachmentException.class)
                .expectNoEvents();
    }

    @Test
    void deliversARedactedVersionOnlyAfterItIsApprovedInTurn() {
        fixture.given(mediatorSet(), opened(), recorded(), approved(1),
                        new MessageRedactedEvent(caseId, letter, 2, gaby, "Dear uncle, [...]", List.of(), MEDIATOR, AT))
                .when(new DeliverMessageCommand(caseId, null, letter, DeliveryChannel.EMAIL, AT, MEDIATOR, AT))
                .expectException(DeliveryWithoutApprovalException.class);
    }

    @Test
    void freezesEverythingWhileTheExchangeIsSuspendedAndMovesAgainWhenItResumes() {
        fixture.given(mediatorSet(), opened(), recorded(), new CorrespondenceSuspendedEvent(caseId, exchange, SuspensionReason.CONSENT_WITHDRAWN, AT))
                .when(new ApproveMessageCommand(caseId, null, letter, MEDIATOR, AT))
                .expectException(ExchangeNotOpenException.class)
                .expectNoEvents();
        fixture.given(mediatorSet(), opened(), recorded(), new CorrespondenceSuspendedEvent(caseId, exchange, SuspensionReason.CONSENT_WITHDRAWN, AT))
                .when(new ResumeCorrespondenceCommand(caseId, exchange, AT))
                .expectEvents(new CorrespondenceResumedEvent(caseId, exchange, AT));
        fixture.given(mediatorSet(), opened(), recorded(), new CorrespondenceSuspendedEvent(caseId, exchange, SuspensionReason.CONSENT_WITHDRAWN, AT),
                        new CorrespondenceResumedEvent(caseId, exchange, AT))
                .when(new ApproveMessageCommand(caseId, null, letter, MEDIATOR, AT))
                .expectEvents(approved(1));
    }

    @Test
    void movesNothingOnceTheExchangeIsClosedNorBeforeItOpens() {
        fixture.given(mediatorSet(), opened(), recorded(), approved(1), new CorrespondenceClosedEvent(caseId, exchange, AT))
                .when(new DeliverMessageCommand(caseId, null, letter, DeliveryChannel.POST, AT, MEDIATOR, AT))
                .expectException(ExchangeNotOpenException.class);
        fixture.given(mediatorSet())
                .when(new RecordMessageCommand(caseId, null, letter, gaby, MessageKind.LETTER, "Dear uncle,", List.of(), MEDIATOR, AT))
                .expectException(ExchangeNotOpenException.class);
        fixture.given(mediatorSet(), opened())
                .when(new CloseCorrespondenceCommand(caseId, exchange, AT))
                .expectEvents(new CorrespondenceClosedEvent(caseId, exchange, AT));
    }

    @Test
    void keepsAWithdrawnLetterAsATombstoneThatMovesNoMore() {
        fixture.given(mediatorSet(), opened(), recorded())
                .when(new WithdrawMessageCommand(caseId, null, letter, MEDIATOR, AT))
                .expectEvents(new MessageWithdrawnEvent(caseId, letter, MEDIATOR, AT));
        fixture.given(mediatorSet(), opened(), recorded(), new MessageWithdrawnEvent(caseId, letter, MEDIATOR, AT))
                .when(new ApproveMessageCommand(caseId, null, letter, MEDIATOR, AT))
                .expectException(MessageWithdrawnException.class);
    }

    @Test
    void neitherChangesNorWithdrawsWhatTheOtherPartyReceived() {
        fixture.given(mediatorSet(), opened(), recorded(), approved(1), delivered())
                .when(new WithdrawMessageCommand(caseId, null, letter, MEDIATOR, AT))
                .expectException(MessageAlreadyDeliveredException.class);
        fixture.given(mediatorSet(), opened(), recorded(), approved(1), delivered())
                .when(new RedactMessageCommand(caseId, null, letter, "[...]", List.of(), true, MEDIATOR, AT))
                .expectException(MessageAlreadyDeliveredException.class);
    }
}
