package nl.perspectief.cases.casefile.integration;

import nl.perspectief.cases.casefile.api.ConsentId;
import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.casefile.CaseFixtures;
import nl.perspectief.cases.triage.api.AcceptCaseCommand;
import nl.perspectief.cases.contact.api.AgreeFormOfContactCommand;
import nl.perspectief.cases.triage.api.AssignMediatorCommand;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.closure.api.CloseCaseCommand;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;
import nl.perspectief.cases.opening.api.OpenCaseFromRegistrationCommand;
import nl.perspectief.cases.contact.api.OpenMessageExchangeCommand;
import nl.perspectief.cases.consent.api.RecordConsentCommand;
import nl.perspectief.cases.closure.api.ReopenCaseCommand;
import nl.perspectief.cases.contact.api.ResumeMessageExchangeCommand;
import nl.perspectief.cases.consent.api.WithdrawConsentCommand;
import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Julia's case, run through the command gateway of the running service, as other services see it on
 * {@code cases.case-events.v1}: in order, keyed by case id, each record as its contract says, and
 * nothing personal.
 */
class CaseEventPublicationIT extends RunningCaseService {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String WITHDRAWAL_REASON = "Peter needs a break from all of this.";
    private static final String CLOSING_NOTE = "Both felt heard; Peter apologised.";
    private static final String REOPENING_REASON = "Peter wrote to Julia directly.";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void publishesWhatOtherServicesNeedOfACaseInTheOrderItHappened() {
        UUID caseId = UUID.randomUUID();
        // a reference of its own: the read model keeps references unique across the whole test JVM
        OpenCaseFromRegistrationCommand open = CaseFixtures.openCase(caseId, "PH-2026-70001");
        UUID julia = open.applicant().subjectId();
        UUID peter = open.otherParty().subjectId();
        UUID petersExchangeConsent = UUID.randomUUID();

        runJuliasCase(open, julia, peter, petersExchangeConsent);

        List<ConsumerRecord<String, String>> records = awaitRecordsOf(caseId, 10);
        assertThat(records).extracting(record -> JSON.readTree(record.value()).get("type").asString())
                .containsExactly(EventTypes.CASE_OPENED_V1, EventTypes.MEDIATOR_ASSIGNED_V1,
                        EventTypes.MESSAGE_EXCHANGE_OPENED_V1, EventTypes.CONSENT_WITHDRAWN_V1,
                        EventTypes.MESSAGE_EXCHANGE_SUSPENDED_V1, EventTypes.MESSAGE_EXCHANGE_RESUMED_V1,
                        EventTypes.CASE_CLOSED_V1, EventTypes.MESSAGE_EXCHANGE_CLOSED_V1,
                        EventTypes.CASE_REOPENED_V1, EventTypes.MEDIATOR_ASSIGNED_V1);
        records.forEach(record -> ContractFixtures.assertConformsToSchema(
                JSON.readTree(record.value()).get("type").asString(), record.value()));
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(caseId.toString());
        assertThat(records).extracting(record -> envelope(record).get("producer").asString())
                .containsOnly("case-service");

        JsonNode opened = envelope(records.get(0)).get("payload");
        assertThat(opened.get("registrationId").asString()).isEqualTo(open.registrationId().toString());
        assertThat(opened.get("registrationReference").asString()).isEqualTo("PH-2026-70001");
        JsonNode exchange = envelope(records.get(2)).get("payload");
        assertThat(exchange.get("mediatorId").asString()).isEqualTo(CaseFixtures.MEDIATOR.staffId());
        assertThat(exchange.get("parties").valueStream().map(party -> party.get("partyId").asString()))
                .containsExactly(julia.toString(), peter.toString());
        assertThat(List.of(2, 4, 5, 7)).extracting(index -> envelope(records.get(index)).get("payload")
                .get("exchangeId").asString()).containsOnly(exchange.get("exchangeId").asString());
        assertThat(envelope(records.get(3)).get("payload").get("partyId").asString()).isEqualTo(peter.toString());
        assertThat(envelope(records.get(4)).get("payload").get("reason").asString()).isEqualTo("CONSENT_WITHDRAWN");
        JsonNode reassigned = envelope(records.get(9)).get("payload");
        assertThat(reassigned.get("mediatorId").asString()).isEqualTo(CaseFixtures.OTHER_MEDIATOR.staffId());
        assertThat(reassigned.get("previousMediatorId").asString()).isEqualTo(CaseFixtures.MEDIATOR.staffId());
    }

    @Test
    void givesEachRecordTheIdOfItsStoredEventAndTiesAWithdrawalToTheSuspensionItCaused() {
        UUID caseId = UUID.randomUUID();
        OpenCaseFromRegistrationCommand open = CaseFixtures.openCase(caseId, "PH-2026-70002");

        runJuliasCase(open, open.applicant().subjectId(), open.otherParty().subjectId(), UUID.randomUUID());

        List<ConsumerRecord<String, String>> records = awaitRecordsOf(caseId, 10);
        Set<String> storedEventIds = eventStore.readEvents(caseId.toString(), 0L).asStream()
                .map(Message::getIdentifier)
                .collect(Collectors.toSet());
        assertThat(records).extracting(record -> envelope(record).get("eventId").asString())
                .doesNotHaveDuplicates()
                .allSatisfy(eventId -> assertThat(storedEventIds).contains(eventId));
        JsonNode withdrawal = envelope(records.get(3));
        JsonNode suspension = envelope(records.get(4));
        assertThat(withdrawal.get("correlationId").isNull()).isFalse();
        assertThat(suspension.get("correlationId")).isEqualTo(withdrawal.get("correlationId"));
        assertThat(suspension.get("causationId")).isEqualTo(withdrawal.get("causationId"));
    }

    @Test
    void putsNoNameContactDetailStoryReasonOrNoteOfTheCaseOnTheTopic() {
        UUID caseId = UUID.randomUUID();
        OpenCaseFromRegistrationCommand open = CaseFixtures.openCase(caseId, "PH-2026-70003");

        runJuliasCase(open, open.applicant().subjectId(), open.otherParty().subjectId(), UUID.randomUUID());

        List<ConsumerRecord<String, String>> records = awaitRecordsOf(caseId, 10);
        StringBuilder everything = new StringBuilder();
        for (ConsumerRecord<String, String> record : records) {
            everything.append(record.key()).append('\n').append(record.value()).append('\n');
            for (Header header : record.headers()) {
                everything.append(header.key()).append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        var applicant = open.applicant();
        assertThat(everything.toString()).doesNotContain(applicant.fullName(), applicant.email(), applicant.phone(),
                applicant.postalAddress().street(), applicant.postalAddress().city(),
                open.otherParty().fullName(), open.otherParty().relationship(), open.story().text(),
                WITHDRAWAL_REASON, CLOSING_NOTE, REOPENING_REASON);
    }

    /**
     * What the publisher and the API read instead of the stream is in step with the event store the moment a command
     * returns, and the same again after {@code rebuild_case_state()} replayed the event store into it.
     */
    @Test
    void keepsTheCaseStateAndEveryExchangeOpeningInStepWithTheEventStoreAndRebuildsThemByReplay() {
        OpenCaseFromRegistrationCommand open = CaseFixtures.openCase(UUID.randomUUID(), "PH-2026-70004");
        UUID caseId = open.caseId().value();
        runJuliasCase(open, open.applicant().subjectId(), open.otherParty().subjectId(), UUID.randomUUID());
        List<Long> openings = new ArrayList<>();
        eventStore.readEvents(caseId.toString(), 0L).asStream()
                .filter(event -> MessageExchangeOpenedEvent.class.equals(event.getPayloadType()))
                .forEach(event -> openings.add(event.getSequenceNumber()));
        String expectedState = CaseFixtures.OTHER_MEDIATOR.staffId() + "@"
                + eventStore.lastSequenceNumberFor(caseId.toString()).orElseThrow();

        assertThat(openings).hasSize(1);
        assertThat(caseState(caseId)).isEqualTo(expectedState);
        assertThat(exchangeOpenings(caseId)).isEqualTo(openings);

        jdbc.sql("delete from case_state").update();
        jdbc.sql("delete from exchange_opening").update();
        jdbc.sql("select rebuild_case_state()").query().listOfRows();

        assertThat(caseState(caseId)).isEqualTo(expectedState);
        assertThat(exchangeOpenings(caseId)).isEqualTo(openings);
    }

    private String caseState(UUID caseId) {
        return jdbc.sql("select mediator_id || '@' || version from case_state where case_id = :caseId")
                .param("caseId", caseId).query(String.class).single();
    }

    private List<Long> exchangeOpenings(UUID caseId) {
        return jdbc.sql("select sequence_number from exchange_opening where case_id = :caseId order by 1")
                .param("caseId", caseId).query(Long.class).list();
    }

    /**
     * Opened from a registration, accepted, given to Marieke; both parties consent to an exchange of
     * messages, which opens; Peter withdraws and consents again, the exchange resumes; the case closes,
     * reopens and goes to Joost.
     */
    private void runJuliasCase(OpenCaseFromRegistrationCommand open, UUID julia, UUID peter,
                               UUID petersExchangeConsent) {
        UUID caseId = open.caseId().value();
        var desk = CaseFixtures.DESK;
        var marieke = CaseFixtures.MEDIATOR;
        var at = CaseFixtures.AT;
        commands.sendAndWait(open);
        commands.sendAndWait(new AcceptCaseCommand(CaseId.of(caseId), null, desk, at));
        commands.sendAndWait(new AssignMediatorCommand(CaseId.of(caseId), null, marieke.staffId(), desk, at));
        consent(caseId, UUID.randomUUID(), Consent.takingPart(julia));
        consent(caseId, UUID.randomUUID(), Consent.formOfContact(julia, ContactForm.MESSAGE_EXCHANGE));
        consent(caseId, UUID.randomUUID(), Consent.takingPart(peter));
        consent(caseId, petersExchangeConsent, Consent.formOfContact(peter, ContactForm.MESSAGE_EXCHANGE));
        commands.sendAndWait(new AgreeFormOfContactCommand(CaseId.of(caseId), null, ContactForm.MESSAGE_EXCHANGE,
                marieke, at));
        commands.sendAndWait(new OpenMessageExchangeCommand(CaseId.of(caseId), null, marieke, at));
        commands.sendAndWait(new WithdrawConsentCommand(CaseId.of(caseId), null, ConsentId.of(petersExchangeConsent),
                WITHDRAWAL_REASON,
                marieke, at));
        consent(caseId, UUID.randomUUID(), Consent.formOfContact(peter, ContactForm.MESSAGE_EXCHANGE));
        commands.sendAndWait(new ResumeMessageExchangeCommand(CaseId.of(caseId), null, marieke, at));
        commands.sendAndWait(new CloseCaseCommand(CaseId.of(caseId), null, CaseOutcome.CONTACT_TOOK_PLACE, CLOSING_NOTE,
                marieke, at));
        commands.sendAndWait(new ReopenCaseCommand(CaseId.of(caseId), null, REOPENING_REASON, marieke, at));
        commands.sendAndWait(new AssignMediatorCommand(CaseId.of(caseId), null, CaseFixtures.OTHER_MEDIATOR.staffId(),
                desk, at));
    }

    private void consent(UUID caseId, UUID consentId, Consent consent) {
        commands.sendAndWait(new RecordConsentCommand(CaseId.of(caseId), null, ConsentId.of(consentId),
                PartyId.of(consent.partyId()), consent.purpose(),
                consent.form(), consent.recipient(), ConsentMethod.SPOKEN, CaseFixtures.AT, CaseFixtures.MEDIATOR,
                CaseFixtures.AT));
    }

    /** The case's records, from the beginning of every partition, once at least {@code expected} arrived. */
    private static List<ConsumerRecord<String, String>> awaitRecordsOf(UUID caseId, int expected) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASES_CASE_EVENTS_V1).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (caseId.toString().equals(record.key())) {
                        seen.add(record);
                    }
                });
                return seen.size() >= expected;
            });
            // anything published twice or after the last expected event would show here
            consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                if (caseId.toString().equals(record.key())) {
                    seen.add(record);
                }
            });
        }
        return seen;
    }

    private static JsonNode envelope(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value());
    }
}
