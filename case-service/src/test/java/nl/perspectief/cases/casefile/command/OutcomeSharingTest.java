package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.closure.command.OutcomeSharedWithoutConsentException;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.OTHER_MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.CaseHistory.PROSECUTOR;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOfJulia;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import nl.perspectief.cases.casefile.CaseFixtures.CaseHistory;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;

/** Sharing the outcome with a third party (DOMAIN.md, closure): only when both parties consent to it. */
class OutcomeSharingTest {

    private final CaseHistory julia = caseOfJulia();
    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);
    private final UUID shareId = UUID.randomUUID();

    @Test
    void sharesTheOutcomeWhenBothPartiesConsentToThatRecipient() {
        fixture.given(julia.inProgress(julia.bothConsentToShareWith(PROSECUTOR).toArray()))
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectEvents(julia.outcomeShared(shareId, PROSECUTOR))
                .expectResultMessagePayload(CommandOutcome.APPLIED);
    }

    @Test
    void sharesTheOutcomeAfterTheCaseClosed() {
        List<Object> history = julia.inProgress(julia.bothConsentToShareWith(PROSECUTOR).toArray());
        history.add(julia.closed());

        fixture.given(history)
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectEvents(julia.outcomeShared(shareId, PROSECUTOR));
    }

    @Test
    void answersUnchangedWhenTheSameShareIsSentAgain() {
        List<Object> history = julia.inProgress(julia.bothConsentToShareWith(PROSECUTOR).toArray());
        history.add(julia.outcomeShared(shareId, PROSECUTOR));

        fixture.given(history)
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectNoEvents()
                .expectResultMessagePayload(CommandOutcome.UNCHANGED);
    }

    @Test
    void refusesSharingWithoutAnyConsentNamingBothMissing() {
        fixture.given(julia.inProgress())
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectException(OutcomeSharedWithoutConsentException.class)
                .expectExceptionMessage(allOf(containsString("SHARE_OUTCOME(" + PROSECUTOR + ") of party " + julia.applicantId),
                        containsString("SHARE_OUTCOME(" + PROSECUTOR + ") of party " + julia.otherPartyId)))
                .expectNoEvents();
    }

    @Test
    void refusesSharingWhenOnlyTheApplicantConsented() {
        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(),
                        Consent.shareOutcome(julia.applicantId, PROSECUTOR))))
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectException(OutcomeSharedWithoutConsentException.class)
                .expectExceptionMessage(missingOnly(julia.otherPartyId, julia.applicantId))
                .expectNoEvents();
    }

    @Test
    void refusesSharingWhenOnlyTheOtherPartyConsented() {
        fixture.given(julia.inProgress(julia.consentRecorded(UUID.randomUUID(),
                        Consent.shareOutcome(julia.otherPartyId, PROSECUTOR))))
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectException(OutcomeSharedWithoutConsentException.class)
                .expectExceptionMessage(missingOnly(julia.applicantId, julia.otherPartyId))
                .expectNoEvents();
    }

    @Test
    void refusesSharingWithARecipientTheConsentsDoNotName() {
        fixture.given(julia.inProgress(julia.bothConsentToShareWith(PROSECUTOR).toArray()))
                .when(julia.shareOutcome(shareId, "the court", MEDIATOR))
                .expectException(OutcomeSharedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesSharingOnceOnePartyWithdrewTheirConsent() {
        List<ConsentRecordedEvent> consents = julia.bothConsentToShareWith(PROSECUTOR);
        ConsentRecordedEvent otherPartys = consents.get(1);
        List<Object> history = new ArrayList<>(julia.inProgress(consents.toArray()));
        history.add(julia.closed());
        history.add(julia.consentWithdrawn(otherPartys.consentId(), otherPartys.consent(), "Not before the hearing"));

        fixture.given(history)
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectException(OutcomeSharedWithoutConsentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesSharingByAnotherMediator() {
        fixture.given(julia.inProgress(julia.bothConsentToShareWith(PROSECUTOR).toArray()))
                .when(julia.shareOutcome(shareId, PROSECUTOR, OTHER_MEDIATOR))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void refusesSharingByTheDesk() {
        fixture.given(julia.inProgress(julia.bothConsentToShareWith(PROSECUTOR).toArray()))
                .when(julia.shareOutcome(shareId, PROSECUTOR, DESK))
                .expectException(NotTheAssignedMediatorException.class)
                .expectNoEvents();
    }

    @Test
    void refusesSharingOnADeclinedCase() {
        fixture.given(julia.opened(), new CaseDeclinedEvent(julia.caseId, "Out of scope", DESK, AT))
                .when(julia.shareOutcome(shareId, PROSECUTOR, MEDIATOR))
                .expectException(CaseDeclinedException.class)
                .expectNoEvents();
    }

    /** The refusal names the consent of {@code missing} and not that of {@code consented}. */
    private static Matcher<String> missingOnly(UUID missing, UUID consented) {
        return allOf(containsString("SHARE_OUTCOME(" + PROSECUTOR + ") of party " + missing),
                not(containsString(consented.toString())));
    }
}
