package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.opening.command.ApplicantMissingException;
import nl.perspectief.cases.opening.command.IncidentMissingException;
import nl.perspectief.cases.opening.command.PersonalDataWithoutSubjectException;
import nl.perspectief.cases.opening.command.ReferrerWithoutClientConsentException;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOpened;
import static nl.perspectief.cases.casefile.CaseFixtures.julia;
import static nl.perspectief.cases.casefile.CaseFixtures.openCase;
import static nl.perspectief.cases.casefile.CaseFixtures.peter;
import static nl.perspectief.cases.casefile.CaseFixtures.victimSupportWorker;
import static nl.perspectief.cases.casefile.CaseFixtures.withApplicant;
import static nl.perspectief.cases.casefile.CaseFixtures.withIncident;
import static nl.perspectief.cases.casefile.CaseFixtures.withOtherParty;
import static nl.perspectief.cases.casefile.CaseFixtures.withReferrer;
import static nl.perspectief.cases.casefile.CaseFixtures.withStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;

class CaseTest {

    private final UUID caseId = UUID.randomUUID();
    private final OpenCaseFromRegistrationCommand open = openCase(caseId, "PH-2026-00042");
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void opensCaseAwaitingTriageFromRegistration() {
        fixture.givenNoPriorActivity()
                .when(open)
                .expectSuccessfulHandlerExecution()
                .expectEvents(caseOpened(open))
                .expectState(opened -> assertThat(opened).extracting("lifecycle.status").isEqualTo(CaseStatus.AWAITING_TRIAGE));
    }

    @Test
    void opensCaseWithEverythingTheRegistrationSaid() {
        OpenCaseFromRegistrationCommand referred = withReferrer(open, victimSupportWorker(UUID.randomUUID()));

        fixture.givenNoPriorActivity()
                .when(referred)
                .expectEvents(caseOpened(referred));
    }

    @Test
    void opensCaseWhenTheOtherPartyIsUnknownAndNoStoryIsTold() {
        OpenCaseFromRegistrationCommand sparse = withStory(
                withOtherParty(open, new OtherParty(UUID.randomUUID(), false, null, null)), null);

        fixture.givenNoPriorActivity()
                .when(sparse)
                .expectEvents(caseOpened(sparse));
    }

    @Test
    void ignoresARedeliveredRegistration() {
        fixture.given(caseOpened(open))
                .when(open)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationWithoutApplicant() {
        fixture.givenNoPriorActivity()
                .when(withApplicant(open, null))
                .expectException(ApplicantMissingException.class)
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationWhoseApplicantHasNoName() {
        Applicant nameless = withName(julia(UUID.randomUUID()), " ");

        fixture.givenNoPriorActivity()
                .when(withApplicant(open, nameless))
                .expectException(ApplicantMissingException.class)
                .expectNoEvents();
    }

    @Test
    void refusesApplicantDataWithoutSubjectId() {
        fixture.givenNoPriorActivity()
                .when(withApplicant(open, julia(null)))
                .expectException(PersonalDataWithoutSubjectException.class)
                .expectNoEvents();
    }

    @Test
    void refusesOtherPartyDataWithoutSubjectId() {
        fixture.givenNoPriorActivity()
                .when(withOtherParty(open, peter(null)))
                .expectException(PersonalDataWithoutSubjectException.class)
                .expectNoEvents();
    }

    @Test
    void refusesStoryWithoutItsTeller() {
        fixture.givenNoPriorActivity()
                .when(withStory(open, new Story(null, "What happened")))
                .expectException(PersonalDataWithoutSubjectException.class)
                .expectNoEvents();
    }

    @Test
    void refusesReferrerDataWithoutSubjectId() {
        fixture.givenNoPriorActivity()
                .when(withReferrer(open, victimSupportWorker(null)))
                .expectException(PersonalDataWithoutSubjectException.class)
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationByReferrerWithoutClientConsent() {
        Referrer withoutConsent = new Referrer(UUID.randomUUID(), "Reclassering Nederland", "Sanne Jansen",
                null, null, false);

        fixture.givenNoPriorActivity()
                .when(withReferrer(open, withoutConsent))
                .expectException(ReferrerWithoutClientConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationWithoutIncidentCategory() {
        fixture.givenNoPriorActivity()
                .when(withIncident(open, new Incident(null, "2015", false, null)))
                .expectException(IncidentMissingException.class)
                .expectNoEvents();
    }

    @Test
    void keepsTheFirstRegistrationWhenARedeliveryDiffers() {
        CaseOpenedEvent first = caseOpened(open);

        fixture.given(first)
                .when(withApplicant(open, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static Applicant withName(Applicant a, String fullName) {
        return new Applicant(a.subjectId(), a.role(), fullName, a.email(), a.phone(), a.postalAddress(),
                a.preferredChannel(), a.safeToLeaveMessages(), a.minor());
    }
}
