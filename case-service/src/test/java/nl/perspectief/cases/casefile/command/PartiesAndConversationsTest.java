package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.contact.command.ApplicantNamedWithoutConsentException;
import nl.perspectief.cases.contact.command.OtherPartyApproachedWithoutConsentException;
import nl.perspectief.cases.parties.command.IncompletePartyException;
import nl.perspectief.cases.parties.command.PartyIdInUseException;
import nl.perspectief.cases.parties.command.PartyRoleTakenException;
import nl.perspectief.cases.parties.command.UnknownPartyException;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.COMPLIANCE;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.OTHER_MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOfJulia;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.parties.api.AddPartyCommand;
import nl.perspectief.cases.casefile.api.ApplicantNamedToOtherPartyEvent;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactAttemptedEvent;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.FirstConversationHeldEvent;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyContactDetailsUpdatedEvent;
import nl.perspectief.cases.casefile.api.PartyRespondedEvent;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.PreferredLanguageSetEvent;
import nl.perspectief.cases.casefile.api.PreparationTalkHeldEvent;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.parties.api.RecordFirstConversationCommand;
import nl.perspectief.cases.contact.api.RecordPartyResponseCommand;
import nl.perspectief.cases.parties.api.RecordPreparationTalkCommand;
import nl.perspectief.cases.parties.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.casefile.api.SafetyNotesRecordedEvent;
import nl.perspectief.cases.parties.api.SetPreferredLanguageCommand;
import nl.perspectief.cases.contact.api.ShareApplicantNameCommand;
import nl.perspectief.cases.parties.api.UpdatePartyContactDetailsCommand;

class PartiesAndConversationsTest {

    private final CaseHistory julia = caseOfJulia();
    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    private AddPartyCommand addUncle(PartyRole role, PartySide side) {
        return new AddPartyCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.uncleId), role, side, null,
                "Kees de Vries", null, null,
                MEDIATOR, AT);
    }

    @Test
    void addsNetworkMemberOnTheApplicantsSide() {
        fixture.given(julia.inProgress())
                .when(addUncle(PartyRole.NETWORK_MEMBER, PartySide.APPLICANT_SIDE))
                .expectEvents(julia.uncleAdded());
    }

    @Test
    void addsRepresentativeOfAMinor() {
        UUID motherId = UUID.randomUUID();
        ContactDetails contact = new ContactDetails("mother@example.org", null, null);

        fixture.given(julia.inProgress())
                .when(new AddPartyCommand(CaseId.of(julia.caseId), null, PartyId.of(motherId),
                PartyRole.MINOR_REPRESENTATIVE, null,
                        PartyId.of(julia.applicantId), "Ingrid de Vries", contact, "nl", MEDIATOR, AT))
                .expectEvents(new PartyAddedEvent(julia.caseId, motherId, PartyRole.MINOR_REPRESENTATIVE, null,
                        julia.applicantId, "Ingrid de Vries", contact, "nl", MEDIATOR, AT));
    }

    @Test
    void refusesNetworkMemberWithoutASide() {
        fixture.given(julia.inProgress())
                .when(addUncle(PartyRole.NETWORK_MEMBER, null))
                .expectException(IncompletePartyException.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondApplicant() {
        fixture.given(julia.inProgress())
                .when(addUncle(PartyRole.APPLICANT, null))
                .expectException(PartyRoleTakenException.class)
                .expectNoEvents();
    }

    @Test
    void answersUnchangedWhenTheSamePartyIsAddedAgain() {
        fixture.given(julia.inProgress(julia.uncleAdded()))
                .when(addUncle(PartyRole.NETWORK_MEMBER, PartySide.APPLICANT_SIDE))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesAPartyIdAlreadyUsedInAnotherRole() {
        fixture.given(julia.inProgress(julia.uncleAdded()))
                .when(addUncle(PartyRole.NETWORK_MEMBER, PartySide.OTHER_PARTY_SIDE))
                .expectException(PartyIdInUseException.class)
                .expectNoEvents();
    }

    @Test
    void updatesContactDetailsOfTheOtherParty() {
        ContactDetails contact = new ContactDetails(null, "+31 6 87654321", null);

        fixture.given(julia.inProgress())
                .when(new UpdatePartyContactDetailsCommand(CaseId.of(julia.caseId), null,
                PartyId.of(julia.otherPartyId), "Peter Bakker",
                        contact, MEDIATOR, AT))
                .expectEvents(new PartyContactDetailsUpdatedEvent(julia.caseId, julia.otherPartyId, "Peter Bakker",
                        contact, MEDIATOR, AT));
    }

    @Test
    void recordsSafetyNotesOfTheApplicant() {
        String notes = "Letters must not go to the home address. Do not leave voicemail.";

        fixture.given(julia.inProgress())
                .when(new RecordSafetyNotesCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.applicantId), notes,
                MEDIATOR, AT))
                .expectEvents(new SafetyNotesRecordedEvent(julia.caseId, julia.applicantId, notes, MEDIATOR, AT));
    }

    @Test
    void setsPreferredLanguageOfAParty() {
        fixture.given(julia.inProgress())
                .when(new SetPreferredLanguageCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.otherPartyId),
                "en", MEDIATOR, AT))
                .expectEvents(new PreferredLanguageSetEvent(julia.caseId, julia.otherPartyId, "en", MEDIATOR, AT));
    }

    @Test
    void refusesStepsForAPartyOfAnotherCase() {
        fixture.given(julia.inProgress())
                .when(new SetPreferredLanguageCommand(CaseId.of(julia.caseId), null, PartyId.of(UUID.randomUUID()),
                "en", MEDIATOR, AT))
                .expectException(UnknownPartyException.class)
                .expectNoEvents();
    }

    @Test
    void refusesStepsByAnotherMediator() {
        fixture.given(julia.inProgress())
                .when(new RecordFirstConversationCommand(CaseId.of(julia.caseId), null, AT, "Wants to be heard",
                OTHER_MEDIATOR, AT))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void refusesStepsByComplianceOrDesk() {
        fixture.given(julia.inProgress())
                .when(new RecordFirstConversationCommand(CaseId.of(julia.caseId), null, AT, "Wants to be heard",
                COMPLIANCE, AT))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void refusesStepsBeforeAMediatorIsAssigned() {
        fixture.given(julia.opened(), julia.accepted())
                .when(new RecordFirstConversationCommand(CaseId.of(julia.caseId), null, AT, "Wants to be heard",
                MEDIATOR, AT))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void recordsFirstConversationWithTheApplicant() {
        fixture.given(julia.inProgress())
                .when(new RecordFirstConversationCommand(CaseId.of(julia.caseId), null, AT, "Wants to be heard",
                MEDIATOR, AT))
                .expectEvents(new FirstConversationHeldEvent(julia.caseId, julia.applicantId, AT, "Wants to be heard",
                        MEDIATOR, AT));
    }

    @Test
    void recordsPreparationTalkWithTheOtherParty() {
        fixture.given(julia.inProgress())
                .when(new RecordPreparationTalkCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.otherPartyId),
                AT, "Nervous", MEDIATOR, AT))
                .expectEvents(new PreparationTalkHeldEvent(julia.caseId, julia.otherPartyId, AT, "Nervous", MEDIATOR,
                AT));
    }

    @Test
    void refusesApproachingTheOtherPartyBeforeTheApplicantConsented() {
        fixture.given(julia.inProgress())
                .when(julia.letterTo(julia.otherPartyId, false))
                .expectException(OtherPartyApproachedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void approachesTheOtherPartyByLetterOnceTheApplicantConsented() {
        LocalDate followUpBy = LocalDate.parse("2026-04-30");

        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(),
                Consent.approachOtherParty(julia.applicantId))))
                .when(new RecordContactAttemptCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.otherPartyId),
                ApproachChannel.LETTER,
                        false, followUpBy, MEDIATOR, AT))
                .expectEvents(new ContactAttemptedEvent(julia.caseId, julia.otherPartyId, ApproachChannel.LETTER, false,
                        followUpBy, MEDIATOR, AT));
    }

    @Test
    void refusesApproachingTheOtherPartysNetworkBeforeTheApplicantConsented() {
        var auntOfPeter = new PartyAddedEvent(julia.caseId, julia.uncleId, PartyRole.NETWORK_MEMBER,
                PartySide.OTHER_PARTY_SIDE, null, "Aunt", null, null, MEDIATOR, AT);

        fixture.given(julia.inProgress(auntOfPeter))
                .when(julia.letterTo(julia.uncleId, false))
                .expectException(OtherPartyApproachedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void contactsTheApplicantWithoutAnyConsentToApproach() {
        fixture.given(julia.inProgress())
                .when(julia.letterTo(julia.applicantId, false))
                .expectEvents(new ContactAttemptedEvent(julia.caseId, julia.applicantId, ApproachChannel.LETTER, false,
                        null, MEDIATOR, AT));
    }

    @Test
    void refusesAnApproachThatNamesTheApplicantWithoutConsentToBeNamed() {
        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(),
                Consent.approachOtherParty(julia.applicantId))))
                .when(julia.letterTo(julia.otherPartyId, true))
                .expectException(ApplicantNamedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesApproachAfterTheApplicantWithdrewConsent() {
        UUID consentId = UUID.randomUUID();
        Consent approach = Consent.approachOtherParty(julia.applicantId);

        fixture.given(julia.inProgress(julia.consentRecorded(consentId, approach),
                        julia.consentWithdrawn(consentId, approach, null)))
                .when(julia.letterTo(julia.otherPartyId, false))
                .expectException(OtherPartyApproachedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesSharingTheApplicantsNameBeforeConsent() {
        fixture.given(julia.inProgress())
                .when(new ShareApplicantNameCommand(CaseId.of(julia.caseId), null, MEDIATOR, AT))
                .expectException(ApplicantNamedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void sharesTheApplicantsNameOnceConsented() {
        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(),
                Consent.beNamedToOtherParty(julia.applicantId))))
                .when(new ShareApplicantNameCommand(CaseId.of(julia.caseId), null, MEDIATOR, AT))
                .expectEvents(new ApplicantNamedToOtherPartyEvent(julia.caseId, julia.applicantId, julia.otherPartyId,
                        MEDIATOR, AT));
    }

    @Test
    void answersUnchangedWhenTheNameWasAlreadyShared() {
        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(),
                Consent.beNamedToOtherParty(julia.applicantId)),
                        new ApplicantNamedToOtherPartyEvent(julia.caseId, julia.applicantId, julia.otherPartyId,
                        MEDIATOR, AT)))
                .when(new ShareApplicantNameCommand(CaseId.of(julia.caseId), null, MEDIATOR, AT))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void recordsThatTheOtherPartyIsOpenToContact() {
        fixture.given(julia.inProgress())
                .when(new RecordPartyResponseCommand(CaseId.of(julia.caseId), null, PartyId.of(julia.otherPartyId),
                PartyResponse.OPEN_TO_CONTACT,
                        "Wants to apologise", MEDIATOR, AT))
                .expectEvents(new PartyRespondedEvent(julia.caseId, julia.otherPartyId, PartyResponse.OPEN_TO_CONTACT,
                        "Wants to apologise", MEDIATOR, AT));
    }

    @Test
    void refusesContactOnADeclinedCase() {
        fixture.given(julia.opened(), new CaseDeclinedEvent(julia.caseId, "Out of scope", DESK, AT))
                .when(julia.letterTo(julia.applicantId, false))
                .expectException(CaseDeclinedException.class)
                .expectNoEvents();
    }

    @Test
    void remembersOnlyRolesOfPartiesNoPersonalData() {
        fixture.given(julia.inProgress())
                .when(addUncle(PartyRole.NETWORK_MEMBER, PartySide.APPLICANT_SIDE))
                .expectState(c -> assertThat(c).extracting("parties").asString().doesNotContain("Kees"));
    }
}
