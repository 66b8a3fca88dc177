package nl.perspectief.intake.registration.command;

import static nl.perspectief.intake.registration.RegistrationFixtures.REGISTRATION_ID;
import static nl.perspectief.intake.registration.RegistrationFixtures.SUBMITTED_AT;
import static nl.perspectief.intake.registration.RegistrationFixtures.address;
import static nl.perspectief.intake.registration.RegistrationFixtures.applicantReachableOnlyBy;
import static nl.perspectief.intake.registration.RegistrationFixtures.incidentOn;
import static nl.perspectief.intake.registration.RegistrationFixtures.otherParty;
import static nl.perspectief.intake.registration.RegistrationFixtures.referrer;
import static nl.perspectief.intake.registration.RegistrationFixtures.submit;
import static nl.perspectief.intake.registration.RegistrationFixtures.submitWithIdempotencyKey;
import static nl.perspectief.intake.registration.RegistrationFixtures.submitWithoutPrivacyStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.RegistrationSource;
import nl.perspectief.intake.registration.api.RegistrationReceipt;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;

class RegistrationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private AggregateTestFixture<Registration> fixture;
    private InMemoryRegistrationReferences references;
    private InMemoryIdempotencyKeys idempotencyKeys;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Registration.class);
        references = new InMemoryRegistrationReferences().startingAfter(2026, 41);
        idempotencyKeys = new InMemoryIdempotencyKeys();
        fixture.registerAnnotatedCommandHandler(new RegistrationSubmission(fixture.getRepository(), references,
                idempotencyKeys, new InMemorySubjectKeys(), Clock.fixed(SUBMITTED_AT, AMSTERDAM)));
    }

    private static RegistrationSubmittedEvent submitted(SubmitRegistrationCommand command, String reference) {
        return new RegistrationSubmittedEvent(command.registrationId(), reference, command.submittedAt(),
                RegistrationSource.WEBSITE, command.applicant(), command.incident(), command.otherParty(),
                command.referrer());
    }

    @Test
    void submitsARegistrationWithTheNextReferenceOfTheYear() {
        fixture.givenNoPriorActivity()
                .when(submit())
                .expectEvents(submitted(submit(), "PH-2026-00042"))
                .expectResultMessagePayload(new RegistrationReceipt(REGISTRATION_ID, "PH-2026-00042"));
    }

    @Test
    void countsTheReferenceInTheOrganisationsTimeZoneAtNewYear() {
        var lateOnNewYearsEveInUtc = Instant.parse("2026-12-31T23:30:00Z");
        SubmitRegistrationCommand c = submit();
        var command = new SubmitRegistrationCommand(c.registrationId(), lateOnNewYearsEveInUtc, c.applicant(),
                c.incident(), c.otherParty(), null, true, null, null);

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(submitted(command, "PH-2027-00001"));
    }

    @Test
    void acceptsAReferrerWhoConfirmedTheClientsConsent() {
        fixture.givenNoPriorActivity()
                .when(submit(referrer(true)))
                .expectEvents(submitted(submit(referrer(true)), "PH-2026-00042"));
    }

    @Test
    void refusesARegistrationWithoutThePrivacyStatementAccepted() {
        fixture.givenNoPriorActivity()
                .when(submitWithoutPrivacyStatement())
                .expectException(PrivacyStatementNotAcceptedException.class)
                .expectNoEvents();
    }

    @Test
    void takesNoReferenceNumberForARefusedRegistration() {
        fixture.givenNoPriorActivity()
                .when(submitWithoutPrivacyStatement())
                .expectException(PrivacyStatementNotAcceptedException.class);

        assertThat(references.next(2026)).as("the refused registration's would have been 42").isEqualTo(42);
    }

    @Test
    void refusesAReferrerWithoutTheClientsConsent() {
        fixture.givenNoPriorActivity()
                .when(submit(referrer(false)))
                .expectException(ReferrerWithoutClientConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnApplicantWhoCannotBeReached() {
        fixture.givenNoPriorActivity()
                .when(submit(applicantReachableOnlyBy(null, null, null, ContactChannel.EMAIL)))
                .expectException(ApplicantUnreachableException.class)
                .expectNoEvents();
    }

    @Test
    void refusesEmailAsPreferredChannelWithoutAnEmailAddress() {
        fixture.givenNoPriorActivity()
                .when(submit(applicantReachableOnlyBy(null, "+31 6 12345678", null, ContactChannel.EMAIL)))
                .expectException(PreferredChannelWithoutContactDetailException.class)
                .expectExceptionMessage("the preferred channel EMAIL needs this contact detail")
                .expectNoEvents();
    }

    @Test
    void refusesPhoneAsPreferredChannelWithoutAPhoneNumber() {
        fixture.givenNoPriorActivity()
                .when(submit(applicantReachableOnlyBy("julia@example.org", null, null, ContactChannel.PHONE)))
                .expectException(PreferredChannelWithoutContactDetailException.class)
                .expectNoEvents();
    }

    @Test
    void refusesPostAsPreferredChannelWithoutAPostalAddress() {
        fixture.givenNoPriorActivity()
                .when(submit(applicantReachableOnlyBy("julia@example.org", null, null, ContactChannel.POST)))
                .expectException(PreferredChannelWithoutContactDetailException.class)
                .expectNoEvents();
    }

    @Test
    void acceptsPostAsPreferredChannelWithOnlyAPostalAddress() {
        var command = submit(applicantReachableOnlyBy(null, null, address(), ContactChannel.POST));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(submitted(command, "PH-2026-00042"));
    }

    @Test
    void refusesAKnownOtherPartyWithNeitherNameNorRelationship() {
        fixture.givenNoPriorActivity()
                .when(submit(otherParty(true, null, null)))
                .expectException(KnownOtherPartyWithoutDetailsException.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAKnownOtherPartyWithOnlyARelationship() {
        var command = submit(otherParty(true, null, "neighbour"));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(submitted(command, "PH-2026-00042"));
    }

    @Test
    void refusesANameForAnOtherPartyWhoIsNotKnown() {
        fixture.givenNoPriorActivity()
                .when(submit(otherParty(false, "Peter Bakker", null)))
                .expectException(UnknownOtherPartyWithNameException.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAnOtherPartyWhoIsNotKnown() {
        var command = submit(otherParty(false, null, null));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(submitted(command, "PH-2026-00042"));
    }

    @Test
    void refusesAnIncidentDateThatIsNotARealDate() {
        fixture.givenNoPriorActivity()
                .when(submit(incidentOn("2015-02-30")))
                .expectException(IncidentDateNotARealDateException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnIncidentDateInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(submit(incidentOn("2026-04")))
                .expectException(IncidentDateInTheFutureException.class)
                .expectNoEvents();
    }

    @Test
    void acceptsAnIncidentOfWhichOnlyTheCurrentYearIsKnown() {
        var command = submit(incidentOn("2026"));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(submitted(command, "PH-2026-00042"));
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheFirstReceiptAndNoNewEvent() {
        idempotencyKeys.claim("key-1", "hash-1", REGISTRATION_ID, SUBMITTED_AT);
        idempotencyKeys.recordReference("key-1", "PH-2026-00042");

        fixture.givenNoPriorActivity()
                .when(submitWithIdempotencyKey(UUID.randomUUID(), "key-1", "hash-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new RegistrationReceipt(REGISTRATION_ID, "PH-2026-00042"));
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentRequest() {
        idempotencyKeys.claim("key-1", "hash-1", REGISTRATION_ID, SUBMITTED_AT);

        fixture.givenNoPriorActivity()
                .when(submitWithIdempotencyKey(UUID.randomUUID(), "key-1", "hash-2"))
                .expectException(IdempotencyKeyReusedException.class)
                .expectNoEvents();
    }

    @Test
    void namesTheRuleAfterItsException() {
        assertThat(new ReferrerWithoutClientConsentException().rule()).isEqualTo("ReferrerWithoutClientConsent");
        assertThat(new ReferrerWithoutClientConsentException().field()).isEqualTo("referrer.clientConsentConfirmed");
    }
}
