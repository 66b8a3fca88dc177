package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.consent.command.ConsentIdInUseException;
import nl.perspectief.cases.consent.command.IncompleteConsentException;
import nl.perspectief.cases.consent.command.UnknownConsentException;
import nl.perspectief.cases.contact.command.ContactWithoutConsentException;
import nl.perspectief.cases.contact.command.FormOfContactNotAgreedException;
import nl.perspectief.cases.contact.command.FormOfContactWithoutConsentException;
import nl.perspectief.cases.contact.command.MeetingNotScheduledException;
import nl.perspectief.cases.contact.command.MessageExchangeSuspendedException;
import nl.perspectief.cases.contact.command.NotAMeetingFormException;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.OTHER_MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOfJulia;

import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.contact.api.CancelMeetingCommand;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.contact.api.CloseMessageExchangeCommand;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.FormOfContactProposedEvent;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingCancelledEvent;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.MeetingRescheduledEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeClosedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeResumedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeSuspendedEvent;
import nl.perspectief.cases.contact.api.ProposeFormOfContactCommand;
import nl.perspectief.cases.contact.api.RescheduleMeetingCommand;
import nl.perspectief.cases.contact.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;

class ConsentAndContactTest {

    private final CaseHistory julia = caseOfJulia();
    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    @Test
    void recordsConsentToTakePart() {
        UUID consentId = UUID.randomUUID();

        fixture.given(julia.inProgress())
                .when(julia.recordConsent(consentId, Consent.takingPart(julia.applicantId)))
                .expectEvents(julia.consentRecorded(consentId, Consent.takingPart(julia.applicantId)))
                .expectResultMessagePayload(CommandOutcome.APPLIED);
    }

    @Test
    void answersUnchangedWhenTheConsentIsAlreadyActive() {
        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.applicantId))))
                .when(julia.recordConsent(UUID.randomUUID(), Consent.takingPart(julia.applicantId)))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesConsentToAFormOfContactThatNamesNoForm() {
        fixture.given(julia.inProgress())
                .when(julia.recordConsent(UUID.randomUUID(), new Consent(julia.applicantId,
                ConsentPurpose.FORM_OF_CONTACT, null, null)))
                .expectException(IncompleteConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAConsentIdUsedBefore() {
        UUID consentId = UUID.randomUUID();

        fixture.given(julia.inProgress(julia.consentRecorded(consentId, Consent.takingPart(julia.applicantId))))
                .when(julia.recordConsent(consentId, Consent.takingPart(julia.otherPartyId)))
                .expectException(ConsentIdInUseException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawsConsentWithTheReasonInThePartysWords() {
        UUID consentId = UUID.randomUUID();
        Consent takingPart = Consent.takingPart(julia.otherPartyId);

        fixture.given(julia.inProgress(julia.consentRecorded(consentId, takingPart)))
                .when(julia.withdraw(consentId, "Not ready yet"))
                .expectEvents(julia.consentWithdrawn(consentId, takingPart, "Not ready yet"));
    }

    @Test
    void answersUnchangedWhenWithdrawingAConsentThatIsNoLongerActive() {
        UUID consentId = UUID.randomUUID();
        Consent takingPart = Consent.takingPart(julia.otherPartyId);

        fixture.given(julia.inProgress(julia.consentRecorded(consentId, takingPart),
                        julia.consentWithdrawn(consentId, takingPart, null)))
                .when(julia.withdraw(consentId, null))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesWithdrawingAConsentTheCaseNeverHad() {
        fixture.given(julia.inProgress())
                .when(julia.withdraw(UUID.randomUUID(), null))
                .expectException(UnknownConsentException.class)
                .expectNoEvents();
    }

    @Test
    void takesAWithdrawalOnAClosedCase() {
        UUID consentId = UUID.randomUUID();
        Consent share = Consent.shareOutcome(julia.applicantId, "public prosecutor");

        fixture.given(julia.inProgress(julia.consentRecorded(consentId, share), julia.closed()))
                .when(julia.withdraw(consentId, null))
                .expectEvents(julia.consentWithdrawn(consentId, share, null));
    }

    @Test
    void agreesOnAFormOfContactOnceEveryPartyConsented() {
        List<Object> history = julia.inProgress();
        history.addAll(julia.bothConsentTo(ContactForm.MEETING));

        fixture.given(history)
                .when(new AgreeFormOfContactCommand(CaseId.of(julia.caseId), null, ContactForm.MEETING, MEDIATOR, AT))
                .expectEvents(julia.formAgreed(ContactForm.MEETING));
    }

    @Test
    void refusesFormOfContactWithoutConsentOfTheOtherParty() {
        fixture.given(julia.inProgress(
                        julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.applicantId)),
                        julia.consentRecorded(UUID.randomUUID(), Consent.formOfContact(julia.applicantId,
                        ContactForm.MEETING))))
                .when(new AgreeFormOfContactCommand(CaseId.of(julia.caseId), null, ContactForm.MEETING, MEDIATOR, AT))
                .expectException(FormOfContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void proposesAFormOfContact() {
        fixture.given(julia.inProgress())
                .when(new ProposeFormOfContactCommand(CaseId.of(julia.caseId), null, ContactForm.MESSAGE_EXCHANGE,
                MEDIATOR, AT))
                .expectEvents(new FormOfContactProposedEvent(julia.caseId, ContactForm.MESSAGE_EXCHANGE, MEDIATOR, AT));
    }

    @Test
    void schedulesAMeetingWithEveryConsentActive() {
        fixture.given(julia.agreedOn(ContactForm.MEETING))
                .when(julia.scheduleMeeting())
                .expectEvents(julia.meetingScheduled());
    }

    @Test
    void refusesMeetingWithoutConsentOfTheOtherParty() {
        List<Object> history = julia.inProgress(
                julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.applicantId)),
                julia.consentRecorded(UUID.randomUUID(), Consent.formOfContact(julia.applicantId, ContactForm.MEETING)),
                julia.formAgreed(ContactForm.MEETING));

        fixture.given(history)
                .when(julia.scheduleMeeting())
                .expectException(ContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesMeetingInAFormThatWasNotAgreed() {
        fixture.given(julia.agreedOn(ContactForm.MESSAGE_EXCHANGE))
                .when(julia.scheduleMeeting())
                .expectException(FormOfContactNotAgreedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToScheduleAMessageExchange() {
        fixture.given(julia.agreedOn(ContactForm.MESSAGE_EXCHANGE))
                .when(new ScheduleMeetingCommand(CaseId.of(julia.caseId), null, MeetingId.of(julia.meetingId),
                ContactForm.MESSAGE_EXCHANGE, AT,
                        MeetingLocation.ONLINE, null, PartyId.all(List.of()), MEDIATOR, AT))
                .expectException(NotAMeetingFormException.class)
                .expectNoEvents();
    }

    @Test
    void refusesConferenceWithoutTheNetworkMembersConsentToTakePart() {
        fixture.given(julia.agreedOn(ContactForm.CONFERENCE, julia.uncleAdded()))
                .when(julia.scheduleConference())
                .expectException(ContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void schedulesConferenceWithAConsentingNetworkMember() {
        fixture.given(julia.agreedOn(ContactForm.CONFERENCE, julia.uncleAdded(),
                        julia.consentRecorded(UUID.randomUUID(), Consent.conferenceParticipation(julia.uncleId))))
                .when(julia.scheduleConference())
                .expectEvents(julia.conferenceScheduled());
    }

    @Test
    void answersUnchangedWhenTheSameMeetingIsScheduledAgain() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.meetingScheduled()))
                .when(julia.scheduleMeeting())
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void reschedulesAMeetingToAPrison() {
        var later = CaseHistory.MEETING_TIME.plusSeconds(86_400);

        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.meetingScheduled()))
                .when(new RescheduleMeetingCommand(CaseId.of(julia.caseId), null, MeetingId.of(julia.meetingId), later,
                MeetingLocation.PRISON,
                        "PI Nieuwegein", MEDIATOR, AT))
                .expectEvents(new MeetingRescheduledEvent(julia.caseId, julia.meetingId, later, MeetingLocation.PRISON,
                        "PI Nieuwegein", MEDIATOR, AT));
    }

    @Test
    void cancelsAMeetingAtAPartysRequest() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.meetingScheduled()))
                .when(new CancelMeetingCommand(CaseId.of(julia.caseId), null, MeetingId.of(julia.meetingId),
                        MeetingCancellationReason.REQUESTED_BY_PARTY, "Ill", MEDIATOR, AT))
                .expectEvents(new MeetingCancelledEvent(julia.caseId, julia.meetingId,
                        MeetingCancellationReason.REQUESTED_BY_PARTY, "Ill", MEDIATOR, AT));
    }

    @Test
    void recordsThatTheMeetingWasHeld() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.meetingScheduled()))
                .when(julia.meetingHeld())
                .expectEvents(new MeetingHeldEvent(julia.caseId, julia.meetingId, MEDIATOR, AT));
    }

    @Test
    void refusesToHoldACancelledMeeting() {
        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.meetingScheduled(),
                        new MeetingCancelledEvent(julia.caseId, julia.meetingId, MeetingCancellationReason.OTHER, null,
                                MEDIATOR, AT)))
                .when(julia.meetingHeld())
                .expectException(MeetingNotScheduledException.class)
                .expectNoEvents();
    }

    @Test
    void refusesMeetingByAnotherMediator() {
        fixture.given(julia.agreedOn(ContactForm.MEETING))
                .when(julia.scheduleMeeting(OTHER_MEDIATOR))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void refusesMeetingOnADeclinedCase() {
        fixture.given(julia.opened(), new CaseDeclinedEvent(julia.caseId, "Out of scope", DESK, AT))
                .when(julia.scheduleMeeting())
                .expectException(CaseDeclinedException.class)
                .expectNoEvents();
    }

    @Test
    void cancelsScheduledMeetingWhenApplicantWithdrawsConsent() {
        UUID consentId = UUID.randomUUID();
        Consent takingPart = Consent.takingPart(julia.applicantId);
        List<Object> history = julia.inProgress(julia.consentRecorded(consentId, takingPart),
                julia.consentRecorded(UUID.randomUUID(), Consent.formOfContact(julia.applicantId, ContactForm.MEETING)),
                julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.otherPartyId)),
                julia.consentRecorded(UUID.randomUUID(), Consent.formOfContact(julia.otherPartyId,
                ContactForm.MEETING)),
                julia.formAgreed(ContactForm.MEETING), julia.meetingScheduled());

        fixture.given(history)
                .when(julia.withdraw(consentId, "Too much right now"))
                .expectEvents(julia.consentWithdrawn(consentId, takingPart, "Too much right now"),
                        new MeetingCancelledEvent(julia.caseId, julia.meetingId,
                                MeetingCancellationReason.CONSENT_WITHDRAWN, null, MEDIATOR, AT));
    }

    @Test
    void cancelsConferenceWhenANetworkMemberWithdraws() {
        UUID consentId = UUID.randomUUID();
        Consent participation = Consent.conferenceParticipation(julia.uncleId);

        fixture.given(julia.agreedOn(ContactForm.CONFERENCE, julia.uncleAdded(),
                        julia.consentRecorded(consentId, participation), julia.conferenceScheduled()))
                .when(julia.withdraw(consentId, null))
                .expectEvents(julia.consentWithdrawn(consentId, participation, null),
                        new MeetingCancelledEvent(julia.caseId, julia.meetingId,
                                MeetingCancellationReason.CONSENT_WITHDRAWN, null, MEDIATOR, AT));
    }

    @Test
    void keepsTheMeetingWhenAConsentItDoesNotNeedIsWithdrawn() {
        UUID consentId = UUID.randomUUID();
        Consent share = Consent.shareOutcome(julia.otherPartyId, "public prosecutor");

        fixture.given(julia.agreedOn(ContactForm.MEETING, julia.consentRecorded(consentId, share),
                        julia.meetingScheduled()))
                .when(julia.withdraw(consentId, null))
                .expectEvents(julia.consentWithdrawn(consentId, share, null));
    }

    @Test
    void refusesMeetingAfterAWithdrawalUntilTheConsentIsRecordedAgain() {
        List<Object> history = julia.agreedOn(ContactForm.MEETING);
        var otherPartyTakingPart = (ConsentRecordedEvent) history.get(5);
        history.add(julia.consentWithdrawn(otherPartyTakingPart.consentId(), otherPartyTakingPart.consent(), null));

        fixture.given(history)
                .when(julia.scheduleMeeting())
                .expectException(ContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void schedulesAgainOnceAWithdrawnConsentIsRecordedAgain() {
        List<Object> history = julia.agreedOn(ContactForm.MEETING);
        var otherPartyTakingPart = (ConsentRecordedEvent) history.get(5);
        history.add(julia.consentWithdrawn(otherPartyTakingPart.consentId(), otherPartyTakingPart.consent(), null));
        history.add(julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.otherPartyId)));

        fixture.given(history)
                .when(julia.scheduleMeeting())
                .expectEvents(julia.meetingScheduled());
    }

    @Test
    void opensAMessageExchangeBetweenBothParties() {
        fixture.given(julia.agreedOn(ContactForm.MESSAGE_EXCHANGE))
                .when(julia.openExchange())
                .expectEvents(julia.exchangeOpened());
    }

    @Test
    void refusesMessageExchangeWithoutConsentOfTheOtherParty() {
        List<Object> history = julia.agreedOn(ContactForm.MESSAGE_EXCHANGE);
        var otherPartyForm = (ConsentRecordedEvent) history.get(6);
        history.add(julia.consentWithdrawn(otherPartyForm.consentId(), otherPartyForm.consent(), null));

        fixture.given(history)
                .when(julia.openExchange())
                .expectException(ContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void suspendsTheOpenExchangeWhenTheOtherPartyWithdraws() {
        List<Object> history = julia.agreedOn(ContactForm.MESSAGE_EXCHANGE, julia.exchangeOpened());
        var otherPartyTakingPart = (ConsentRecordedEvent) history.get(5);

        fixture.given(history)
                .when(julia.withdraw(otherPartyTakingPart.consentId(), null))
                .expectEvents(julia.consentWithdrawn(otherPartyTakingPart.consentId(), otherPartyTakingPart.consent(),
                null),
                        new MessageExchangeSuspendedEvent(julia.caseId, otherPartyTakingPart.consentId(), MEDIATOR,
                        AT));
    }

    @Test
    void refusesToOpenASuspendedExchangeAgain() {
        fixture.given(julia.agreedOn(ContactForm.MESSAGE_EXCHANGE, julia.exchangeOpened(),
                        new MessageExchangeSuspendedEvent(julia.caseId, UUID.randomUUID(), MEDIATOR, AT)))
                .when(julia.openExchange())
                .expectException(MessageExchangeSuspendedException.class)
                .expectNoEvents();
    }

    @Test
    void resumesTheExchangeOnceTheConsentIsRecordedAgain() {
        List<Object> history = julia.agreedOn(ContactForm.MESSAGE_EXCHANGE, julia.exchangeOpened());
        var otherPartyTakingPart = (ConsentRecordedEvent) history.get(5);
        history.add(julia.consentWithdrawn(otherPartyTakingPart.consentId(), otherPartyTakingPart.consent(), null));
        history.add(new MessageExchangeSuspendedEvent(julia.caseId, otherPartyTakingPart.consentId(), MEDIATOR, AT));
        history.add(julia.consentRecorded(UUID.randomUUID(), Consent.takingPart(julia.otherPartyId)));

        fixture.given(history)
                .when(new ResumeMessageExchangeCommand(CaseId.of(julia.caseId), null, MEDIATOR, AT))
                .expectEvents(new MessageExchangeResumedEvent(julia.caseId, MEDIATOR, AT));
    }

    @Test
    void refusesToResumeWhileTheConsentIsStillWithdrawn() {
        List<Object> history = julia.agreedOn(ContactForm.MESSAGE_EXCHANGE, julia.exchangeOpened());
        var otherPartyTakingPart = (ConsentRecordedEvent) history.get(5);
        history.add(julia.consentWithdrawn(otherPartyTakingPart.consentId(), otherPartyTakingPart.consent(), null));
        history.add(new MessageExchangeSuspendedEvent(julia.caseId, otherPartyTakingPart.consentId(), MEDIATOR, AT));

        fixture.given(history)
                .when(new ResumeMessageExchangeCommand(CaseId.of(julia.caseId), null, MEDIATOR, AT))
                .expectException(ContactWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void closesTheMessageExchange() {
        fixture.given(julia.agreedOn(ContactForm.MESSAGE_EXCHANGE, julia.exchangeOpened()))
                .when(new CloseMessageExchangeCommand(CaseId.of(julia.caseId), null, MEDIATOR, AT))
                .expectEvents(new MessageExchangeClosedEvent(julia.caseId, MEDIATOR, AT));
    }
}
