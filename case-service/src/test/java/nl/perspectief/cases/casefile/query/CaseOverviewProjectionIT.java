package nl.perspectief.cases.casefile.query;

import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.caseOpened;
import static nl.perspectief.cases.casefile.CaseFixtures.openCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.casefile.api.CaseClosedEvent;
import nl.perspectief.cases.casefile.api.CaseDeclinedEvent;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseDetailView.MeetingState;
import nl.perspectief.cases.casefile.api.CaseDetailView.MessageExchangeState;
import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseListView;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCaseDetailQuery;
import nl.perspectief.cases.casefile.api.FindCaseQuery;
import nl.perspectief.cases.casefile.api.FindCasesQuery;
import nl.perspectief.cases.casefile.api.FormOfContactAgreedEvent;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingCancelledEvent;
import nl.perspectief.cases.casefile.api.MeetingHeldEvent;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.MeetingScheduledEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeSuspendedEvent;
import nl.perspectief.cases.casefile.api.NextStep;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.PostalAddress;
import nl.perspectief.cases.casefile.api.PreferredLanguageSetEvent;
import nl.perspectief.cases.casefile.api.SafetyNotesRecordedEvent;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.StaffRole;
import nl.perspectief.cases.casefile.api.IncidentCategory;

class CaseOverviewProjectionIT extends RunningCaseService {

    private static final Instant MEETING_TIME = Instant.parse("2026-05-12T13:00:00Z");

    @Autowired
    private CaseOverviewProjection projection;
    @Autowired
    private CaseTimelineProjection timelineProjection;
    @Autowired
    private CaseOverviewRepository repository;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventProcessingConfiguration processing;

    private CaseEventFeed feed;

    @BeforeEach
    void newFeed() {
        feed = new CaseEventFeed(projection, timelineProjection);
    }

    // ---- the registration, as before

    @Test
    void answersTheOpenedCaseDecrypted() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80001"));

        feed.feed(opened);

        CaseView view = find(new FindCaseQuery(opened.caseId())).orElseThrow();
        assertThat(view.status()).isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(view.registrationId()).isEqualTo(opened.registrationId());
        assertThat(view.openedAt()).isEqualTo(opened.openedAt());
        assertThat(view.applicant().fullName()).isEqualTo("Julia de Vries");
        assertThat(view.applicant().postalAddress().city()).isEqualTo("Utrecht");
        assertThat(view.otherParty().relationship()).isEqualTo("family friend, tutor");
        assertThat(view.story()).isEqualTo(opened.story().text());
    }

    @Test
    void projectsACaseTheDeskOpenedWithoutARegistration() {
        CaseOpenedEvent fromRegistration = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80009"));
        CaseOpenedEvent byDesk = new CaseOpenedEvent(UUID.randomUUID(), null, null, CaseSource.PHONE,
                fromRegistration.submittedAt(), fromRegistration.openedAt(), fromRegistration.applicant(),
                fromRegistration.otherParty(), fromRegistration.incident(), fromRegistration.story(), null,
                CaseStatus.AWAITING_TRIAGE, new StaffMember("desk-sanne", StaffRole.DESK));
        CaseOpenedEvent anotherByDesk = new CaseOpenedEvent(UUID.randomUUID(), null, null, CaseSource.EMAIL,
                byDesk.submittedAt(), byDesk.openedAt(), byDesk.applicant(), byDesk.otherParty(), byDesk.incident(),
                byDesk.story(), null, CaseStatus.AWAITING_TRIAGE, byDesk.openedBy());

        feed.feed(byDesk, anotherByDesk);

        assertThat(find(new FindCaseQuery(byDesk.caseId()))).hasValueSatisfying(view -> {
            assertThat(view.source()).isEqualTo(CaseSource.PHONE);
            assertThat(view.registrationReference()).isNull();
            assertThat(view.applicant().fullName()).isEqualTo("Julia de Vries");
        });
        assertThat(find(new FindCaseQuery(anotherByDesk.caseId()))).isPresent();
    }

    @Test
    void answersTheCaseOfARegistrationReference() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80002"));

        feed.feed(opened);

        assertThat(find(new FindCaseByRegistrationReferenceQuery("PH-2026-80002")))
                .map(CaseView::caseId).contains(opened.caseId());
    }

    @Test
    void answersNothingForACaseItNeverSaw() {
        assertThat(find(new FindCaseQuery(UUID.randomUUID()))).isEmpty();
        assertThat(detail(UUID.randomUUID())).isEmpty();
        assertThat(find(new FindCaseByRegistrationReferenceQuery("PH-1999-99999"))).isEmpty();
    }

    @Test
    void keepsOneRowWhenAnEventIsProjectedAgain() {
        CaseOpenedEvent opened = caseOpened(openCase(UUID.randomUUID(), "PH-2026-80003"));

        feed.feed(opened);
        feed.redeliver(feed.fed().getFirst());

        assertThat(jdbc.sql("select count(*) from case_overview where case_id = ?").param(opened.caseId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void storesThePersonalPartEncrypted() {
        ReadModelEvents julia = new ReadModelEvents();

        feed.feed(julia.inProgress());
        feed.feed(new SafetyNotesRecordedEvent(julia.caseId, julia.applicantId, "No letters to Oudegracht",
                julia.mediator, AT));

        byte[] details = jdbc.sql("select details from case_overview where case_id = ?").param(julia.caseId)
                .query(byte[].class).single();
        assertThat(new String(details, StandardCharsets.UTF_8))
                .contains("SEXUAL_TRANSGRESSION")
                .doesNotContain("Julia", "julia@example.org", "Oudegracht", "Peter", "tutor", "No letters");
    }

    // ---- the list

    @Test
    void listsTheCasesOfAMediatorNewestFirstWithStatusAndVersion() {
        ReadModelEvents older = new ReadModelEvents();
        ReadModelEvents newer = withMediator(older.mediator, Instant.parse("2026-03-20T09:00:00Z"));
        feed.feed(older.inProgress());
        feed.feed(newer.opened, newer.accepted(), newer.assigned(),
                new CaseDeclinedEvent(newer.caseId, null, DESK, AT));

        CaseListView list = list(new FindCasesQuery(null, older.mediator.staffId(), null, false, 0, 10),
                Clock.systemUTC());

        assertThat(list.total()).isEqualTo(2);
        assertThat(list.cases()).extracting(CaseListView.Item::caseId).containsExactly(newer.caseId, older.caseId);
        CaseListView.Item olderItem = list.cases().get(1);
        assertThat(olderItem.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(olderItem.mediatorId()).isEqualTo(older.mediator.staffId());
        assertThat(olderItem.incidentCategory()).isEqualTo(IncidentCategory.SEXUAL_TRANSGRESSION);
        assertThat(olderItem.registrationReference()).isEqualTo(older.opened.registrationReference());
        assertThat(olderItem.version()).isEqualTo(2);
        assertThat(olderItem.lastActivityAt()).isEqualTo(AT);
        assertThat(list.cases().get(0).status()).isEqualTo(CaseStatus.DECLINED);
    }

    @Test
    void filtersTheListByStatusAndCategoryAndPagesIt() {
        ReadModelEvents first = new ReadModelEvents();
        ReadModelEvents second = withMediator(first.mediator, Instant.parse("2026-03-21T09:00:00Z"));
        ReadModelEvents third = withMediator(first.mediator, Instant.parse("2026-03-22T09:00:00Z"));
        feed.feed(first.inProgress()).feed(second.inProgress()).feed(third.inProgress());
        feed.feed(new CaseClosedEvent(second.caseId, CaseOutcome.NO_RESPONSE, null, second.mediator, AT));
        String mediator = first.mediator.staffId();

        assertThat(list(new FindCasesQuery(CaseStatus.CLOSED, mediator, null, false, 0, 10), Clock.systemUTC()).cases())
                .extracting(CaseListView.Item::caseId).containsExactly(second.caseId);
        assertThat(list(new FindCasesQuery(CaseStatus.IN_PROGRESS, mediator, IncidentCategory.SEXUAL_TRANSGRESSION,
                false, 0, 10), Clock.systemUTC()).cases())
                .extracting(CaseListView.Item::caseId).containsExactly(third.caseId, first.caseId);
        assertThat(list(new FindCasesQuery(null, mediator, IncidentCategory.VIOLENCE, false, 0, 10), Clock.systemUTC())
                .cases()).isEmpty();
        CaseListView secondPage = list(new FindCasesQuery(null, mediator, null, false, 1, 2), Clock.systemUTC());
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.cases()).extracting(CaseListView.Item::caseId).containsExactly(first.caseId);
    }

    @Test
    void listsACaseAsWaitingOnlyOnceTheFollowUpDeadlineOfAnUnansweredAttemptHasPassed() {
        ReadModelEvents julia = new ReadModelEvents();
        LocalDate deadline = LocalDate.parse("2026-04-16");
        feed.feed(julia.inProgress());
        feed.feed(julia.letterTo(julia.otherPartyId, deadline));
        FindCasesQuery waiting = new FindCasesQuery(null, julia.mediator.staffId(), null, true, 0, 10);
        Clock onTheDeadline = Clock.fixed(Instant.parse("2026-04-16T21:00:00Z"), ZoneOffset.UTC);
        Clock theDayAfter = Clock.fixed(Instant.parse("2026-04-16T22:30:00Z"), ZoneOffset.UTC);

        assertThat(list(waiting, onTheDeadline).cases()).isEmpty();
        assertThat(list(waiting, theDayAfter).cases()).singleElement().satisfies(item -> {
            assertThat(item.caseId()).isEqualTo(julia.caseId);
            assertThat(item.followUpBy()).isEqualTo(deadline);
            assertThat(item.waiting()).isTrue();
        });

        feed.feed(julia.answered(julia.otherPartyId, PartyResponse.OPEN_TO_CONTACT));

        assertThat(list(waiting, theDayAfter).cases()).isEmpty();
        assertThat(list(new FindCasesQuery(null, julia.mediator.staffId(), null, false, 0, 10), theDayAfter).cases())
                .singleElement().satisfies(item -> {
                    assertThat(item.followUpBy()).isNull();
                    assertThat(item.waiting()).isFalse();
                });
    }

    @Test
    void waitsForTheEarliestDeadlineOfThePartiesWhoHaveNotAnswered() {
        ReadModelEvents julia = new ReadModelEvents();
        feed.feed(julia.inProgress());

        feed.feed(julia.letterTo(julia.applicantId, LocalDate.parse("2026-05-01")),
                julia.letterTo(julia.otherPartyId, LocalDate.parse("2026-04-20")));
        assertThat(repository.findByCaseId(julia.caseId).orElseThrow().followUpBy()).isEqualTo("2026-04-20");

        feed.feed(julia.answered(julia.otherPartyId, PartyResponse.NO_RESPONSE));
        assertThat(repository.findByCaseId(julia.caseId).orElseThrow().followUpBy()).isEqualTo("2026-05-01");
    }

    // ---- the detail

    @Test
    void showsThePartiesAsTheyAreNowDecrypted() {
        ReadModelEvents julia = new ReadModelEvents();
        UUID uncleId = UUID.randomUUID();
        ContactDetails uncleContact = new ContactDetails("kees@example.org", "+31 6 87654321",
                new PostalAddress("Lange Nieuwstraat 2", "3512 PH", "Utrecht", "NL"));
        feed.feed(julia.inProgress());
        feed.feed(new PartyAddedEvent(julia.caseId, uncleId, PartyRole.NETWORK_MEMBER, PartySide.APPLICANT_SIDE, null,
                        "Kees de Vries", uncleContact, "nl", julia.mediator, AT),
                new SafetyNotesRecordedEvent(julia.caseId, julia.applicantId, "Do not leave voicemail.",
                julia.mediator, AT),
                new PreferredLanguageSetEvent(julia.caseId, julia.otherPartyId, "en", julia.mediator, AT));

        CaseDetailView view = detail(julia.caseId).orElseThrow();

        assertThat(view.parties()).extracting(CaseDetailView.Party::role)
                .containsExactly(PartyRole.APPLICANT, PartyRole.OTHER_PARTY, PartyRole.NETWORK_MEMBER);
        assertThat(view.parties().get(0)).satisfies(applicant -> {
            assertThat(applicant.partyId()).isEqualTo(julia.applicantId);
            assertThat(applicant.fullName()).isEqualTo("Julia de Vries");
            assertThat(applicant.email()).isEqualTo("julia@example.org");
            assertThat(applicant.postalAddress().city()).isEqualTo("Utrecht");
            assertThat(applicant.safetyNotes()).isEqualTo("Do not leave voicemail.");
        });
        assertThat(view.parties().get(1).preferredLanguage()).isEqualTo("en");
        assertThat(view.parties().get(2)).satisfies(uncle -> {
            assertThat(uncle.side()).isEqualTo(PartySide.APPLICANT_SIDE);
            assertThat(uncle.fullName()).isEqualTo("Kees de Vries");
            assertThat(uncle.phone()).isEqualTo("+31 6 87654321");
            assertThat(uncle.preferredLanguage()).isEqualTo("nl");
        });
        assertThat(view.mediatorId()).isEqualTo(julia.mediator.staffId());
        assertThat(view.version()).isEqualTo(5);
        assertThat(view.applicant().fullName()).as("the registration as it came in").isEqualTo("Julia de Vries");
    }

    @Test
    void showsOnlyTheConsentsThatStillHold() {
        ReadModelEvents julia = new ReadModelEvents();
        UUID approach = UUID.randomUUID();
        UUID named = UUID.randomUUID();
        feed.feed(julia.inProgress());
        feed.feed(julia.consented(approach, Consent.approachOtherParty(julia.applicantId)),
                julia.consented(named, Consent.beNamedToOtherParty(julia.applicantId)),
                julia.withdrawn(named, Consent.beNamedToOtherParty(julia.applicantId), "Not yet."));

        assertThat(detail(julia.caseId).orElseThrow().activeConsents()).singleElement().satisfies(consent -> {
            assertThat(consent.consentId()).isEqualTo(approach);
            assertThat(consent.partyId()).isEqualTo(julia.applicantId);
            assertThat(consent.purpose()).isEqualTo(Consent.approachOtherParty(julia.applicantId).purpose());
            assertThat(consent.givenAt()).isEqualTo(AT);
        });
    }

    @Test
    void showsMeetingsTheMessageExchangeAndLinks() {
        ReadModelEvents julia = new ReadModelEvents();
        UUID held = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID related = UUID.randomUUID();
        feed.feed(julia.inProgress());
        feed.feed(new CaseLinkedEvent(julia.caseId, related, LinkType.RELATED, DESK, AT),
                new FormOfContactAgreedEvent(julia.caseId, ContactForm.MEETING, julia.mediator, AT),
                new MeetingScheduledEvent(julia.caseId, cancelled, ContactForm.MEETING, MEETING_TIME,
                        MeetingLocation.PARTY_CHOSEN_PLACE, "Vredenburg 40, Utrecht", List.of(), julia.mediator, AT),
                new MeetingCancelledEvent(julia.caseId, cancelled, MeetingCancellationReason.REQUESTED_BY_PARTY, null,
                        julia.mediator, AT),
                new MeetingScheduledEvent(julia.caseId, held, ContactForm.MEETING, MEETING_TIME, MeetingLocation.OFFICE,
                        null, List.of(), julia.mediator, AT),
                new MeetingHeldEvent(julia.caseId, held, julia.mediator, AT),
                new MessageExchangeOpenedEvent(julia.caseId, julia.applicantId, julia.otherPartyId, julia.mediator, AT),
                new MessageExchangeSuspendedEvent(julia.caseId, UUID.randomUUID(), julia.mediator, AT));

        CaseDetailView view = detail(julia.caseId).orElseThrow();

        assertThat(view.links()).containsExactly(new CaseDetailView.Link(related, LinkType.RELATED));
        assertThat(view.formOfContact().agreed()).isEqualTo(ContactForm.MEETING);
        assertThat(view.meetings()).extracting(CaseDetailView.Meeting::meetingId, CaseDetailView.Meeting::state,
                        CaseDetailView.Meeting::cancellationReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(cancelled, MeetingState.CANCELLED,
                                MeetingCancellationReason.REQUESTED_BY_PARTY),
                        org.assertj.core.groups.Tuple.tuple(held, MeetingState.HELD, null));
        assertThat(view.meetings().getFirst().address()).isEqualTo("Vredenburg 40, Utrecht");
        assertThat(view.messageExchange()).isEqualTo(new CaseDetailView.MessageExchange(
                MessageExchangeState.SUSPENDED, julia.applicantId, julia.otherPartyId));
        assertThat(view.version()).isEqualTo(10);
    }

    @Test
    void tellsTheNextStepFromTriageToAftercare() {
        ReadModelEvents julia = new ReadModelEvents();
        UUID approach = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();

        assertThat(nextStepAfter(julia.opened)).isEqualTo(NextStep.TRIAGE);
        assertThat(nextStepAfter(julia.accepted())).isEqualTo(NextStep.ASSIGN_MEDIATOR);
        assertThat(nextStepAfter(julia.assigned())).isEqualTo(NextStep.FIRST_CONVERSATION);
        assertThat(nextStepAfter(julia.firstConversation())).isEqualTo(NextStep.RECORD_APPROACH_CONSENT);
        assertThat(nextStepAfter(julia.consented(approach, Consent.approachOtherParty(julia.applicantId))))
                .isEqualTo(NextStep.APPROACH_OTHER_PARTY);
        assertThat(nextStepAfter(julia.letterTo(julia.otherPartyId, LocalDate.parse("2026-04-16"))))
                .isEqualTo(NextStep.AWAIT_RESPONSE);
        assertThat(nextStepAfter(julia.answered(julia.otherPartyId, PartyResponse.OPEN_TO_CONTACT)))
                .isEqualTo(NextStep.AGREE_FORM_OF_CONTACT);
        assertThat(nextStepAfter(new FormOfContactAgreedEvent(julia.caseId, ContactForm.MEETING, julia.mediator, AT)))
                .isEqualTo(NextStep.SCHEDULE_MEETING);
        assertThat(nextStepAfter(new MeetingScheduledEvent(julia.caseId, meeting, ContactForm.MEETING, MEETING_TIME,
                MeetingLocation.OFFICE, null, List.of(), julia.mediator, AT))).isEqualTo(NextStep.HOLD_MEETING);
        assertThat(nextStepAfter(new MeetingHeldEvent(julia.caseId, meeting, julia.mediator, AT)))
                .isEqualTo(NextStep.CLOSE);
        assertThat(nextStepAfter(new CaseClosedEvent(julia.caseId, CaseOutcome.CONTACT_TOOK_PLACE, "Both felt heard.",
                julia.mediator, AT))).isEqualTo(NextStep.AFTERCARE);
        assertThat(detail(julia.caseId).orElseThrow()).satisfies(view -> {
            assertThat(view.outcome()).isEqualTo(CaseOutcome.CONTACT_TOOK_PLACE);
            assertThat(view.nextStep().text()).isEqualTo(NextStep.AFTERCARE.text());
        });
    }

    @Test
    void advisesClosingWhenTheOtherPartyDeclines() {
        ReadModelEvents julia = new ReadModelEvents();
        feed.feed(julia.inProgress());
        feed.feed(julia.firstConversation(),
                julia.consented(UUID.randomUUID(), Consent.approachOtherParty(julia.applicantId)),
                julia.letterTo(julia.otherPartyId, null));

        assertThat(nextStepAfter(julia.answered(julia.otherPartyId, PartyResponse.DECLINED))).isEqualTo(NextStep.CLOSE);
    }

    @Test
    void appliesAnEventDeliveredAgainOnlyOnce() {
        ReadModelEvents julia = new ReadModelEvents();
        feed.feed(julia.inProgress());
        feed.feed(new CaseLinkedEvent(julia.caseId, UUID.randomUUID(), LinkType.DUPLICATE, DESK, AT));

        feed.redeliver(feed.fed().getLast());
        feed.redeliver(feed.fed().get(1));

        CaseDetailView view = detail(julia.caseId).orElseThrow();
        assertThat(view.links()).hasSize(1);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    // ---- replay

    @Test
    void rebuildsTheOverviewByReplayAfterAReset() {
        OpenCaseFromRegistrationCommand open = openCase(UUID.randomUUID(), "PH-2026-80005");
        commands.sendAndWait(open);
        await().atMost(Duration.ofSeconds(30)).until(() -> find(new FindCaseQuery(open.caseId().value())).isPresent());
        jdbc.sql("update case_overview set registration_reference = 'PH-0000-00000' where case_id = ?")
                .param(open.caseId().value()).update();

        TrackingEventProcessor processor = processing
                .eventProcessor(CaseOverviewProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(find(new FindCaseQuery(open.caseId().value()))).map(CaseView::registrationReference)
                        .contains("PH-2026-80005"));
    }

    private NextStep nextStepAfter(nl.perspectief.cases.casefile.api.CaseEvent event) {
        feed.feed(event);
        return detail(event.caseId()).orElseThrow().nextStep().code();
    }

    /** Another case of the same mediator, opened at another moment. */
    private static ReadModelEvents withMediator(StaffMember mediator, Instant openedAt) {
        return new ReadModelEvents(mediator, openedAt);
    }

    private CaseListView list(FindCasesQuery query, Clock clock) {
        return new CaseOverviewQueryHandler(repository, clock).handle(query);
    }

    private Optional<CaseDetailView> detail(UUID caseId) {
        return queries.query(new FindCaseDetailQuery(caseId), ResponseTypes.optionalInstanceOf(CaseDetailView.class))
                .join();
    }

    private Optional<CaseView> find(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(CaseView.class)).join();
    }
}
