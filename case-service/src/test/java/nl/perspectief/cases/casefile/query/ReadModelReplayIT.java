package nl.perspectief.cases.casefile.query;

import nl.perspectief.cases.casefile.api.MeetingId;
import nl.perspectief.cases.casefile.api.ConsentId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import static nl.perspectief.cases.casefile.CaseFixtures.AT;
import static nl.perspectief.cases.casefile.CaseFixtures.DESK;
import static nl.perspectief.cases.casefile.CaseFixtures.MEDIATOR;
import static nl.perspectief.cases.casefile.CaseFixtures.openCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.util.concurrent.atomic.AtomicInteger;


import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StoredCells;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.api.MessageKind;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.contact.api.RecordContactAttemptCommand;
import nl.perspectief.cases.parties.api.RecordFirstConversationCommand;
import nl.perspectief.cases.contact.api.RecordPartyResponseCommand;
import nl.perspectief.cases.parties.api.RecordSafetyNotesCommand;
import nl.perspectief.cases.contact.api.ScheduleMeetingCommand;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import tools.jackson.databind.JsonNode;

/**
 * The read models are derived data: Julia's case, driven through the command gateway up to a withdrawal
 * that cancels her meeting, reads the same after both processors replayed the event store from nothing; the
 * correspondence's steps messaging-service reported, which no replay could bring back, are still on its timeline.
 */
class ReadModelReplayIT extends RunningCaseService {

    private static final AtomicInteger REFERENCES = new AtomicInteger(3_200_000);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private CorrespondenceStepRepository correspondence;

    @Test
    void readsTheSameListDetailAndTimelineAfterTheReadModelsAreRebuiltByReplay() {
        Walked julia = walkJuliasCaseToAWithdrawal("Julia");
        correspondence.record(new CorrespondenceStepRow(UUID.randomUUID(), julia.caseId(), UUID.randomUUID(),
                CorrespondenceStep.MESSAGE_DELIVERED, MessageKind.LETTER, DeliveryChannel.POST, UUID.randomUUID(),
                UUID.randomUUID(), MEDIATOR.staffId(), AT.plusSeconds(3600), AT.plusSeconds(3600)));
        JsonNode detailBefore = json(awaitVersion(julia.caseId(), julia.lastVersion()));
        String etagBefore = get("/api/cases/" + julia.caseId()).getHeaders().getETag();
        JsonNode timelineBefore = awaitTimeline(julia.caseId(), julia.lastVersion() + 2);
        JsonNode listItemBefore = listItem(julia.caseId());

        rebuildReadModels();

        assertThat(json(awaitVersion(julia.caseId(), julia.lastVersion()))).isEqualTo(detailBefore);
        assertThat(get("/api/cases/" + julia.caseId()).getHeaders().getETag())
                .isEqualTo(etagBefore).isEqualTo("\"" + julia.lastVersion() + "\"");
        assertThat(awaitTimeline(julia.caseId(), julia.lastVersion() + 2)).isEqualTo(timelineBefore);
        assertThat(listItem(julia.caseId())).isEqualTo(listItemBefore);
        assertThat(detailBefore.get("meetings").get(0).get("state").asString()).isEqualTo("CANCELLED");
        assertThat(detailBefore.get("meetings").get(0).get("cancellationReason").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(timelineBefore.get("entries").get(julia.lastVersion()).get("type").asString())
                .isEqualTo("MEETING_CANCELLED");
        assertThat(timelineBefore.get("entries").get(julia.lastVersion() + 1).get("type").asString())
                .isEqualTo("MESSAGE_DELIVERED");
    }

    @Test
    void anOperatorRebuildsTheReadModelsThroughTheApiAndTheyReadTheSame() {
        Walked gaby = walkJuliasCaseToAWithdrawal("Gaby");
        JsonNode detailBefore = json(awaitVersion(gaby.caseId(), gaby.lastVersion()));
        JsonNode timelineBefore = awaitTimeline(gaby.caseId(), gaby.lastVersion() + 1);
        JsonNode listItemBefore = listItem(gaby.caseId());

        ResponseEntity<String> unconfirmed = post("/api/admin/read-models/rebuild", DemoUsers.ADMIN, null, "{}");
        ResponseEntity<String> started = post("/api/admin/read-models/rebuild", DemoUsers.ADMIN, null,
                "{\"confirm\": \"rebuild\"}");
        await().atMost(PATIENCE).until(() -> StreamSupport.stream(json(get("/api/admin/read-models", DemoUsers.ADMIN))
                .spliterator(), false).allMatch(model -> model.get("caughtUp").asBoolean()
                && model.get("running").asBoolean()));

        assertThat(unconfirmed.getStatusCode().value()).isEqualTo(400);
        assertThat(unconfirmed.getBody()).contains("confirm");
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(StreamSupport.stream(json(started).spliterator(), false).map(model -> model.get("name").asString()))
                .as("the read models that can be rebuilt, and only those").containsExactly("case-overview", "case-timeline");
        assertThat(json(awaitVersion(gaby.caseId(), gaby.lastVersion()))).isEqualTo(detailBefore);
        assertThat(awaitTimeline(gaby.caseId(), gaby.lastVersion() + 1)).isEqualTo(timelineBefore);
        assertThat(listItem(gaby.caseId())).isEqualTo(listItemBefore);
        assertThat(get("/api/admin/read-models", DemoUsers.MEDIATOR_ANNA).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void keepsACanaryOutOfEveryTableWhileDetailAndTimelineShowIt() throws SQLException {
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        Walked julia = walkJuliasCaseToAWithdrawal(canary);

        JsonNode detail = json(awaitVersion(julia.caseId(), julia.lastVersion()));
        JsonNode timeline = awaitTimeline(julia.caseId(), julia.lastVersion() + 1);

        assertThat(detail.get("parties").get(0).get("safetyNotes").asString()).contains(canary);
        assertThat(timeline.toString()).contains(canary + " said yes", canary + " needs time");
        assertThat(StoredCells.ofEveryTable(superuserDataSource())).as("every cell of every table").isNotEmpty()
                .noneMatch(cell -> cell.contains(canary));
    }

    private record Walked(UUID caseId, int lastVersion) {
    }

    /**
     * Opened, accepted, assigned, first conversation, approach consented and done, the other party
     * answered, both consented to a meeting, it was agreed and scheduled; then the applicant withdrew
     * her consent to the meeting, which cancelled it in the same command. {@code name} stands in her
     * safety notes, her first conversation's summary and her reason to withdraw.
     */
    private Walked walkJuliasCaseToAWithdrawal(String name) {
        OpenCaseFromRegistrationCommand open = openCase(UUID.randomUUID(), "PH-2026-" + REFERENCES.incrementAndGet());
        UUID caseId = open.caseId().value();
        UUID applicant = open.applicant().subjectId();
        UUID otherParty = open.otherParty().subjectId();
        UUID applicantMeetingConsent = UUID.randomUUID();
        List<Object> steps = List.of(
                open,
                new AcceptCaseCommand(CaseId.of(caseId), null, DESK, AT),
                new AssignMediatorCommand(CaseId.of(caseId), null, MEDIATOR.staffId(), DESK, AT),
                new RecordFirstConversationCommand(CaseId.of(caseId), null, AT, name + " said yes to mediation.",
                MEDIATOR, AT),
                new RecordSafetyNotesCommand(CaseId.of(caseId), null, PartyId.of(applicant),
                "Letters only to " + name + "straat", MEDIATOR,
                        AT),
                consent(caseId, UUID.randomUUID(), applicant, ConsentPurpose.APPROACH_OTHER_PARTY, null),
                new RecordContactAttemptCommand(CaseId.of(caseId), null, PartyId.of(otherParty),
                ApproachChannel.LETTER, false,
                        LocalDate.parse("2026-04-16"), MEDIATOR, AT),
                new RecordPartyResponseCommand(CaseId.of(caseId), null, PartyId.of(otherParty),
                PartyResponse.OPEN_TO_CONTACT,
                        "He is willing to meet.", MEDIATOR, AT),
                consent(caseId, UUID.randomUUID(), applicant, ConsentPurpose.TAKING_PART, null),
                consent(caseId, applicantMeetingConsent, applicant, ConsentPurpose.FORM_OF_CONTACT,
                ContactForm.MEETING),
                consent(caseId, UUID.randomUUID(), otherParty, ConsentPurpose.TAKING_PART, null),
                consent(caseId, UUID.randomUUID(), otherParty, ConsentPurpose.FORM_OF_CONTACT, ContactForm.MEETING),
                new AgreeFormOfContactCommand(CaseId.of(caseId), null, ContactForm.MEETING, MEDIATOR, AT),
                new ScheduleMeetingCommand(CaseId.of(caseId), null, MeetingId.of(UUID.randomUUID()),
                ContactForm.MEETING,
                        Instant.parse("2026-05-12T13:00:00Z"), MeetingLocation.OFFICE, null, PartyId.all(List.of()),
                        MEDIATOR, AT),
                new WithdrawConsentCommand(CaseId.of(caseId), null, ConsentId.of(applicantMeetingConsent),
                name + " needs time.", MEDIATOR, AT));
        steps.forEach(commands::sendAndWait);
        // the withdrawal is two events: the withdrawal and the meeting it cancelled
        return new Walked(caseId, steps.size());
    }

    private static RecordConsentCommand consent(UUID caseId, UUID consentId, UUID partyId, ConsentPurpose purpose,
                                                ContactForm form) {
        return new RecordConsentCommand(CaseId.of(caseId), null, ConsentId.of(consentId), PartyId.of(partyId), purpose,
                form, null, ConsentMethod.SPOKEN, AT,
                MEDIATOR, AT);
    }

    private void rebuildReadModels() {
        List<TrackingEventProcessor> processors = List.of(
                processor(CaseOverviewProjection.PROCESSING_GROUP), processor(CaseTimelineProjection.PROCESSING_GROUP));
        processors.forEach(TrackingEventProcessor::shutDown);
        processors.forEach(TrackingEventProcessor::resetTokens);
        assertThat(jdbc.sql("select count(*) from case_timeline").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from case_overview").query(Long.class).single()).isZero();
        processors.forEach(TrackingEventProcessor::start);
        await().atMost(PATIENCE).until(() -> processors.stream().allMatch(ReadModelReplayIT::caughtUp));
    }

    /** At the head of the event store; it still counts as replaying until an event newer than the reset comes. */
    private static boolean caughtUp(TrackingEventProcessor processor) {
        return !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp() && !status.isErrorState());
    }

    private TrackingEventProcessor processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }

    private ResponseEntity<String> awaitVersion(UUID caseId, int version) {
        return await().atMost(PATIENCE).until(() -> get("/api/cases/" + caseId),
                response -> response.getStatusCode() == HttpStatus.OK
                        && json(response).get("version").asInt() == version);
    }

    private JsonNode awaitTimeline(UUID caseId, int entries) {
        return json(await().atMost(PATIENCE).until(() -> get("/api/cases/" + caseId + "/timeline"),
                response -> response.getStatusCode() == HttpStatus.OK
                        && json(response).get("entries").size() == entries));
    }

    private JsonNode listItem(UUID caseId) {
        JsonNode list = json(get("/api/cases?mediator=" + MEDIATOR.staffId() + "&status=IN_PROGRESS&size=100"));
        for (JsonNode item : list.get("cases")) {
            if (item.get("caseId").asString().equals(caseId.toString())) {
                return item;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the list " + list);
    }
}
