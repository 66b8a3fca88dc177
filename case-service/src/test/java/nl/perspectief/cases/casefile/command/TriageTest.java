package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.opening.command.IncidentMissingException;
import nl.perspectief.cases.triage.command.CaseLinkedToItselfException;
import nl.perspectief.cases.triage.command.CaseNotAcceptedException;
import nl.perspectief.cases.triage.command.TriageAlreadyDecidedException;
import nl.perspectief.cases.triage.command.TriageIsForTheDeskException;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.OTHER_MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOfJulia;
import static nl.perspectief.cases.casefile.CaseFixtures.julia;
import static nl.perspectief.cases.casefile.CaseFixtures.peter;
import static nl.perspectief.cases.casefile.CaseFixtures.sexualTransgressionIn2015;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.casefile.api.CaseAcceptedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.triage.api.DeclineCaseCommand;
import nl.perspectief.cases.opening.api.DeskCaseReceipt;
import nl.perspectief.cases.triage.api.LinkCaseCommand;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.opening.api.OpenCaseByDeskCommand;
import nl.perspectief.cases.casefile.api.Story;

class TriageTest {

    private final CaseHistory julia = caseOfJulia();
    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);
    private final InMemoryDeskIdempotencyKeys keys = new InMemoryDeskIdempotencyKeys();

    @Test
    void acceptsCaseInScopeSoItAwaitsAMediator() {
        fixture.given(julia.opened())
                .when(julia.accept(DESK))
                .expectEvents(julia.accepted())
                .expectResultMessagePayload(CommandOutcome.APPLIED)
                .expectState(c -> assertThat(c).extracting("lifecycle.status").isEqualTo(CaseStatus.AWAITING_MEDIATOR));
    }

    @Test
    void answersUnchangedWhenAcceptingAnAcceptedCase() {
        fixture.given(julia.opened(), julia.accepted())
                .when(julia.accept(DESK))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesTriageByAMediator() {
        fixture.given(julia.opened())
                .when(julia.accept(MEDIATOR))
                .expectException(TriageIsForTheDeskException.class)
                .expectNoEvents();
    }

    @Test
    void declinesCaseOutOfScopeWithReason() {
        fixture.given(julia.opened())
                .when(new DeclineCaseCommand(CaseId.of(julia.caseId), null, "No known other party", DESK, AT))
                .expectEvents(new CaseDeclinedEvent(julia.caseId, "No known other party", DESK, AT))
                .expectState(c -> assertThat(c).extracting("lifecycle.status").isEqualTo(CaseStatus.DECLINED));
    }

    @Test
    void refusesToAcceptADeclinedCase() {
        fixture.given(julia.opened(), new CaseDeclinedEvent(julia.caseId, "Out of scope", DESK, AT))
                .when(julia.accept(DESK))
                .expectException(TriageAlreadyDecidedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToDeclineACaseInProgress() {
        fixture.given(julia.inProgress())
                .when(new DeclineCaseCommand(CaseId.of(julia.caseId), null, "Changed our mind", DESK, AT))
                .expectException(TriageAlreadyDecidedException.class)
                .expectNoEvents();
    }

    @Test
    void linksCaseAsDuplicateOfAnother() {
        UUID earlier = UUID.randomUUID();

        fixture.given(julia.opened())
                .when(new LinkCaseCommand(CaseId.of(julia.caseId), null, CaseId.of(earlier), LinkType.DUPLICATE, DESK,
                AT))
                .expectEvents(new CaseLinkedEvent(julia.caseId, earlier, LinkType.DUPLICATE, DESK, AT));
    }

    @Test
    void answersUnchangedWhenLinkingTheSameCaseAgain() {
        UUID earlier = UUID.randomUUID();

        fixture.given(julia.opened(), new CaseLinkedEvent(julia.caseId, earlier, LinkType.RELATED, DESK, AT))
                .when(new LinkCaseCommand(CaseId.of(julia.caseId), null, CaseId.of(earlier), LinkType.RELATED, DESK,
                AT))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesToLinkACaseToItself() {
        fixture.given(julia.opened())
                .when(new LinkCaseCommand(CaseId.of(julia.caseId), null, CaseId.of(julia.caseId), LinkType.RELATED,
                DESK, AT))
                .expectException(CaseLinkedToItselfException.class)
                .expectNoEvents();
    }

    @Test
    void assignsMediatorToAnAcceptedCaseWhichIsThenInProgress() {
        fixture.given(julia.opened(), julia.accepted())
                .when(julia.assign(MEDIATOR.staffId()))
                .expectEvents(julia.mediatorAssigned())
                .expectState(c -> assertThat(c).extracting("lifecycle.status").isEqualTo(CaseStatus.IN_PROGRESS));
    }

    @Test
    void refusesToAssignMediatorBeforeTheCaseIsAccepted() {
        fixture.given(julia.opened())
                .when(julia.assign(MEDIATOR.staffId()))
                .expectException(CaseNotAcceptedException.class)
                .expectNoEvents();
    }

    @Test
    void reassignsCaseToAnotherMediator() {
        fixture.given(julia.inProgress())
                .when(julia.assign(OTHER_MEDIATOR.staffId()))
                .expectEvents(new MediatorReassignedEvent(julia.caseId, MEDIATOR.staffId(), OTHER_MEDIATOR.staffId(),
                        DESK, AT));
    }

    @Test
    void answersUnchangedWhenAssigningTheSameMediatorAgain() {
        fixture.given(julia.inProgress())
                .when(julia.assign(MEDIATOR.staffId()))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesTriageOfAClosedCase() {
        fixture.given(julia.inProgress(julia.closed()))
                .when(julia.assign(OTHER_MEDIATOR.staffId()))
                .expectException(CaseClosedException.class)
                .expectNoEvents();
    }

    @Test
    void opensCaseFromAPhoneCallTypedInByTheDesk() {
        var byPhone = byPhone(UUID.randomUUID(), null, null);

        deskFixture().givenNoPriorActivity()
                .when(byPhone)
                .expectEvents(new CaseOpenedEvent(byPhone.caseId().value(), null, null, CaseSource.PHONE, AT, AT,
                        byPhone.applicant(), byPhone.otherParty(), byPhone.incident(), byPhone.story(), null,
                        CaseStatus.AWAITING_TRIAGE, DESK))
                .expectResultMessagePayload(new DeskCaseReceipt(byPhone.caseId().value(),
                byPhone.applicant().subjectId(),
                        byPhone.otherParty().subjectId(), CommandOutcome.APPLIED));
    }

    @Test
    void refusesCaseTypedInByAMediator() {
        var byMediator = new OpenCaseByDeskCommand(CaseId.of(UUID.randomUUID()), CaseSource.EMAIL, AT, AT,
                julia(UUID.randomUUID()), null, sexualTransgressionIn2015(), null, null, MEDIATOR, null, null);

        deskFixture().givenNoPriorActivity()
                .when(byMediator)
                .expectException(TriageIsForTheDeskException.class)
                .expectNoEvents();
    }

    @Test
    void refusesDeskCaseWithoutIncident() {
        var withoutIncident = new OpenCaseByDeskCommand(CaseId.of(UUID.randomUUID()), CaseSource.EMAIL, AT, AT,
                julia(UUID.randomUUID()), null, null, null, null, DESK, null, null);

        deskFixture().givenNoPriorActivity()
                .when(withoutIncident)
                .expectException(IncidentMissingException.class)
                .expectNoEvents();
    }

    @Test
    void answersUnchangedWhenTheDeskSendsTheSameCaseAgain() {
        var byEmail = new OpenCaseByDeskCommand(CaseId.of(julia.caseId), CaseSource.EMAIL, AT, AT,
                julia(julia.applicantId),
                null, sexualTransgressionIn2015(), null, null, DESK, null, null);

        deskFixture().given(julia.opened())
                .when(byEmail)
                .expectNoEvents()
                .expectResultMessagePayload(new DeskCaseReceipt(julia.caseId, julia.applicantId, null,
                        CommandOutcome.UNCHANGED));
    }

    @Test
    void opensCaseUnderANewIdempotencyKeyAndKeepsTheKey() {
        var byPhone = byPhone(UUID.randomUUID(), "call-0931", "sha-of-the-call");

        deskFixture().givenNoPriorActivity()
                .when(byPhone)
                .expectEvents(new CaseOpenedEvent(byPhone.caseId().value(), null, null, CaseSource.PHONE, AT, AT,
                        byPhone.applicant(), byPhone.otherParty(), byPhone.incident(), byPhone.story(), null,
                        CaseStatus.AWAITING_TRIAGE, DESK));
        assertThat(keys.holds(DESK.staffId(), "call-0931")).isTrue();
    }

    @Test
    void answersTheFirstCaseWhenTheSameRequestComesAgainUnderItsKey() {
        var first = byPhone(UUID.randomUUID(), "call-0931", "sha-of-the-call");
        keys.claim(DESK.staffId(), "call-0931", "sha-of-the-call", new DeskCaseReceipt(first.caseId().value(),
                first.applicant().subjectId(), first.otherParty().subjectId(), CommandOutcome.APPLIED), AT);
        // the double submit: the same request, with the new ids the web layer made for it
        var again = byPhone(UUID.randomUUID(), "call-0931", "sha-of-the-call");

        deskFixture().givenNoPriorActivity()
                .when(again)
                .expectNoEvents()
                .expectResultMessagePayload(new DeskCaseReceipt(first.caseId().value(), first.applicant().subjectId(),
                        first.otherParty().subjectId(), CommandOutcome.UNCHANGED));
    }

    @Test
    void refusesAnotherRequestUnderAKeyUsedBefore() {
        var first = byPhone(UUID.randomUUID(), "call-0931", "sha-of-the-call");
        keys.claim(DESK.staffId(), "call-0931", "sha-of-the-call", new DeskCaseReceipt(first.caseId().value(),
                first.applicant().subjectId(), null, CommandOutcome.APPLIED), AT);

        deskFixture().givenNoPriorActivity()
                .when(byPhone(UUID.randomUUID(), "call-0931", "sha-of-another-call"))
                .expectException(IdempotencyKeyReusedException.class)
                .expectNoEvents();
    }

    @Test
    void keepsEachMemberOfStaffsKeysApart() {
        keys.claim("desk-other", "call-0931", "sha-of-another-call", new DeskCaseReceipt(UUID.randomUUID(),
                UUID.randomUUID(), null, CommandOutcome.APPLIED), AT);
        var byPhone = byPhone(UUID.randomUUID(), "call-0931", "sha-of-the-call");

        deskFixture().givenNoPriorActivity()
                .when(byPhone)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new DeskCaseReceipt(byPhone.caseId().value(),
                byPhone.applicant().subjectId(),
                        byPhone.otherParty().subjectId(), CommandOutcome.APPLIED));
    }

    @Test
    void refusesACommandBasedOnAnOutdatedVersionOfTheCase() {
        // the desk read the case at version 0 (opened); someone accepted it since (version 1)
        fixture.given(julia.opened(), new CaseAcceptedEvent(julia.caseId, DESK, AT))
                .when(new LinkCaseCommand(CaseId.of(julia.caseId), 0L, CaseId.of(UUID.randomUUID()), LinkType.RELATED,
                DESK, AT))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void takesACommandBasedOnTheCurrentVersionOfTheCase() {
        fixture.given(julia.opened(), new CaseAcceptedEvent(julia.caseId, DESK, AT))
                .when(new AcceptCaseCommand(CaseId.of(julia.caseId), 1L, DESK, AT))
                .expectSuccessfulHandlerExecution();
    }

    /** The fixture with the desk's opening, which lives beside the aggregate, on the fixture's repository. */
    private FixtureConfiguration<Case> deskFixture() {
        return fixture.registerAnnotatedCommandHandler(new DeskCaseOpening(fixture.getRepository(), keys));
    }

    private static OpenCaseByDeskCommand byPhone(UUID caseId, String idempotencyKey, String requestSha256) {
        UUID applicantId = UUID.randomUUID();
        return new OpenCaseByDeskCommand(CaseId.of(caseId), CaseSource.PHONE, AT, AT, julia(applicantId),
                peter(UUID.randomUUID()), sexualTransgressionIn2015(), new Story(applicantId, "Told on the phone"),
                null, DESK, idempotencyKey, requestSha256);
    }
}
