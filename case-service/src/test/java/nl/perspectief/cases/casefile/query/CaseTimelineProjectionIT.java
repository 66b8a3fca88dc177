package nl.perspectief.cases.casefile.query;

import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.casefile.api.ActiveConsentView;
import nl.perspectief.cases.casefile.api.CaseNoteAddedEvent;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.FindCaseTimelineQuery;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.security.StaffRole;

class CaseTimelineProjectionIT extends RunningCaseService {

    @Autowired
    private CaseOverviewProjection overviewProjection;
    @Autowired
    private CaseTimelineProjection projection;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventProcessingConfiguration processing;

    private CaseEventFeed feed;

    @BeforeEach
    void newFeed() {
        feed = new CaseEventFeed(overviewProjection, projection);
    }

    @Test
    void tellsEveryStepInOrderWithWhoWhenAndWhat() {
        ReadModelEvents julia = new ReadModelEvents();
        feed.feed(julia.inProgress());
        feed.feed(julia.firstConversation(), julia.letterTo(julia.otherPartyId, LocalDate.parse("2026-04-16")));

        List<CaseTimelineView.Entry> entries = timeline(julia.caseId).entries();

        assertThat(entries).extracting(CaseTimelineView.Entry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(entries).extracting(CaseTimelineView.Entry::type).containsExactly("CASE_OPENED", "CASE_ACCEPTED",
                "MEDIATOR_ASSIGNED", "FIRST_CONVERSATION_HELD", "CONTACT_ATTEMPTED");
        assertThat(entries).extracting(CaseTimelineView.Entry::eventId)
                .containsExactlyElementsOf(feed.fed().stream().map(CaseEventFeed.Fed::eventId).toList());
        assertThat(entries.getFirst()).satisfies(opened -> {
            assertThat(opened.staffId()).as("a registration from intake has no staff member").isNull();
            assertThat(opened.at()).isEqualTo(julia.opened.openedAt());
            assertThat(opened.description()).contains(julia.opened.registrationReference(), "SEXUAL_TRANSGRESSION");
        });
        assertThat(entries.get(1)).satisfies(accepted -> {
            assertThat(accepted.staffId()).isEqualTo(DESK.staffId());
            assertThat(accepted.staffRole()).isEqualTo(StaffRole.DESK);
            assertThat(accepted.at()).isEqualTo(AT);
        });
        assertThat(entries.get(3).details()).isEqualTo("Julia wants to ask him why.");
        assertThat(entries.get(4).description())
                .isEqualTo("Tried to reach the other party by letter; follow up by 2026-04-16.");
        assertThat(entries.get(4).staffId()).isEqualTo(julia.mediator.staffId());
    }

    @Test
    void showsAfterEveryStepTheConsentsThatHeld() {
        ReadModelEvents julia = new ReadModelEvents();
        UUID approach = UUID.randomUUID();
        UUID takingPart = UUID.randomUUID();
        feed.feed(julia.inProgress());
        feed.feed(julia.consented(approach, Consent.approachOtherParty(julia.applicantId)),
                julia.consented(takingPart, Consent.takingPart(julia.applicantId)),
                julia.letterTo(julia.otherPartyId, null),
                julia.withdrawn(approach, Consent.approachOtherParty(julia.applicantId), "I need time."),
                julia.answered(julia.otherPartyId, PartyResponse.OPEN_TO_CONTACT));

        List<CaseTimelineView.Entry> entries = timeline(julia.caseId).entries();

        assertThat(entries.subList(0, 3)).allSatisfy(entry -> assertThat(entry.consentsActiveAfter()).isEmpty());
        assertThat(consentIds(entries.get(3))).containsExactly(approach);
        assertThat(consentIds(entries.get(4))).containsExactly(approach, takingPart);
        assertThat(consentIds(entries.get(5))).as("the approach happened while both held").containsExactly(approach, takingPart);
        assertThat(entries.get(6)).satisfies(withdrawal -> {
            assertThat(withdrawal.type()).isEqualTo("CONSENT_WITHDRAWN");
            assertThat(withdrawal.description()).isEqualTo("The applicant withdrew consent to approaching the other party.");
            assertThat(withdrawal.details()).isEqualTo("I need time.");
            assertThat(consentIds(withdrawal)).containsExactly(takingPart);
        });
        assertThat(entries.get(7).consentsActiveAfter()).singleElement().satisfies(consent -> {
            assertThat(consent.purpose()).isEqualTo(ConsentPurpose.TAKING_PART);
            assertThat(consent.partyId()).isEqualTo(julia.applicantId);
            assertThat(consent.givenAt()).isEqualTo(AT);
        });
    }

    @Test
    void storesOneRowPerEventHoweverOftenItIsDelivered() {
        ReadModelEvents julia = new ReadModelEvents();
        feed.feed(julia.inProgress());
        feed.feed(julia.consented(UUID.randomUUID(), Consent.takingPart(julia.applicantId)));

        feed.fed().forEach(feed::redeliver);

        assertThat(jdbc.sql("select count(*) from case_timeline where case_id = ?").param(julia.caseId)
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(timeline(julia.caseId).entries().getLast().consentsActiveAfter()).hasSize(1);
    }

    @Test
    void keepsTheStepsOwnWordsEncrypted() {
        ReadModelEvents julia = new ReadModelEvents();
        feed.feed(julia.inProgress());
        feed.feed(julia.firstConversation(),
                new CaseNoteAddedEvent(julia.caseId, UUID.randomUUID(), "Call Julia after noon.", julia.mediator, AT));

        List<String> documents = jdbc.sql("select document from case_timeline where case_id = ?").param(julia.caseId)
                .query(byte[].class).list().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();

        assertThat(documents).hasSize(5).noneMatch(document -> document.contains("Julia") || document.contains("noon"));
        assertThat(timeline(julia.caseId).entries().getLast().details()).isEqualTo("Call Julia after noon.");
    }

    @Test
    void answersNoEntriesForACaseItNeverSaw() {
        assertThat(timeline(UUID.randomUUID()).entries()).isEmpty();
    }

    @Test
    void isProjectedByATrackingProcessorOfItsOwn() {
        assertThat(processing.eventProcessor(CaseTimelineProjection.PROCESSING_GROUP, TrackingEventProcessor.class))
                .isPresent();
    }

    private static List<UUID> consentIds(CaseTimelineView.Entry entry) {
        return entry.consentsActiveAfter().stream().map(ActiveConsentView::consentId).toList();
    }

    private CaseTimelineView timeline(UUID caseId) {
        return queries.query(new FindCaseTimelineQuery(caseId), ResponseTypes.instanceOf(CaseTimelineView.class)).join();
    }
}
