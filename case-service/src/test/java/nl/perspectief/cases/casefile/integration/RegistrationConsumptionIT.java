package nl.perspectief.cases.casefile.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;


import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StoredCells;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.deadletters.DeadLetters;
import nl.perspectief.deadletters.SealingDeadLetterPublishingRecoverer;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.personaldata.SubjectCipher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RegistrationConsumptionIT extends RunningCaseService {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private SubjectCipher cipher;

    @Test
    void opensACaseAwaitingTriageForAPublishedRegistration() {
        ObjectNode registration = freshRegistration();
        UUID caseId = RegistrationToCase.caseIdOf(registrationIdOf(registration));

        publish(registration);

        JsonNode found = awaitCaseByReference(referenceOf(registration));
        assertThat(found.get("caseId").asString()).isEqualTo(caseId.toString());
        ResponseEntity<String> byId = get("/api/cases/" + caseId);
        assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = json(byId);
        assertThat(view.get("status").asString()).isEqualTo("AWAITING_TRIAGE");
        assertThat(view.get("registrationReference").asString()).isEqualTo(referenceOf(registration));
        assertThat(view.get("applicant").get("fullName").asString()).isEqualTo("Julia de Vries");
        assertThat(view.get("otherParty").get("fullName").asString()).isEqualTo("Peter Bakker");
        assertThat(view.get("incident").get("category").asString()).isEqualTo("SEXUAL_TRANSGRESSION");
        assertThat(view.get("story").asString()).startsWith("He tutored me");
    }

    @Test
    void opensExactlyOneCaseWhenTheSameRegistrationArrivesTwice() {
        ObjectNode registration = freshRegistration();
        UUID caseId = RegistrationToCase.caseIdOf(registrationIdOf(registration));

        publish(registration);
        publish(registration);
        // one partition, in order: once the next registration's case is there, both copies were handled
        ObjectNode next = freshRegistration();
        publish(next);

        awaitCaseByReference(referenceOf(next));
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(caseId.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from case_overview where registration_id = ?")
                .param(registrationIdOf(registration)).query(Integer.class).single()).isEqualTo(1);
        assertThat(json(get("/api/cases?registrationReference=" + referenceOf(registration)))).hasSize(1);
    }

    @Test
    void carriesTheCorrelationIdOfTheRecordHeaderOnToTheCasesEvents() {
        ObjectNode registration = freshRegistration();
        UUID caseId = RegistrationToCase.caseIdOf(registrationIdOf(registration));
        String correlationId = "web-" + UUID.randomUUID();

        publish(withCorrelationId(registration, correlationId));

        awaitCaseByReference(referenceOf(registration));
        assertThat(metaDataOfCaseOpening(caseId).get(CorrelationMetaData.KEY).asString()).isEqualTo(correlationId);
    }

    @Test
    void continuesWithTheEnvelopesCorrelationIdForARecordWithoutTheHeader() {
        ObjectNode registration = freshRegistration();
        String correlationId = UUID.randomUUID().toString();
        registration.put("correlationId", correlationId);
        UUID caseId = RegistrationToCase.caseIdOf(registrationIdOf(registration));

        publish(registration);

        awaitCaseByReference(referenceOf(registration));
        assertThat(metaDataOfCaseOpening(caseId).get(CorrelationMetaData.KEY).asString()).isEqualTo(correlationId);
    }

    @Test
    void aDeadLetterKeepsTheRecordsCorrelationId() {
        String key = "poison-" + UUID.randomUUID();
        String correlationId = "web-" + UUID.randomUUID();
        var record = new ProducerRecord<String, byte[]>(REGISTRATIONS, key,
                "registration, but not in JSON".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CorrelationId.HEADER, correlationId.getBytes(StandardCharsets.UTF_8));

        publish(record);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters())
                .filteredOn(deadLetter -> key.equals(deadLetter.key()))
                .singleElement()
                .satisfies(deadLetter -> assertThat(new String(deadLetter.headers().lastHeader(CorrelationId.HEADER).value(),
                        StandardCharsets.UTF_8)).isEqualTo(correlationId)));
    }

    private static ProducerRecord<String, byte[]> withCorrelationId(JsonNode envelope, String correlationId) {
        var record = new ProducerRecord<>(REGISTRATIONS, registrationIdOf(envelope).toString(),
                JSON.writeValueAsBytes(envelope));
        record.headers().add(CorrelationId.HEADER, correlationId.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private JsonNode metaDataOfCaseOpening(UUID caseId) {
        byte[] metaData = jdbc.sql("select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 0")
                .param(caseId.toString()).query(byte[].class).single();
        return JSON.readTree(metaData);
    }

    @Test
    void commitsTheOffsetOfAHandledRecordAsConsumerGroupCaseService() {
        ObjectNode registration = freshRegistration();

        publish(registration);

        awaitCaseByReference(referenceOf(registration));
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(admin.listConsumerGroupOffsets("case-service")
                    .partitionsToOffsetAndMetadata().get().get(new TopicPartition(REGISTRATIONS, 0)))
                    .isNotNull()
                    .satisfies(committed -> assertThat(committed.offset()).isEqualTo(endOffset(admin))));
        }
    }

    private static long endOffset(Admin admin) throws Exception {
        TopicPartition partition = new TopicPartition(REGISTRATIONS, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
    }

    @Test
    void retriesARegistrationWhileTheEventStoreIsAwayAndOpensItsCaseWhenItIsBack() {
        ObjectNode registration = freshRegistration();
        double failedBefore = failedDeliveries();
        double countedBefore = deadLettersCounted();

        try {
            takeTheEventStoreAway();
            publish(registration);
            await().atMost(PATIENCE).until(() -> failedDeliveries() > failedBefore);
        } finally {
            bringTheEventStoreBack();
        }

        awaitCaseByReference(referenceOf(registration));
        assertThat(deadLettersCounted()).isEqualTo(countedBefore);
    }

    @Test
    void deadLettersARegistrationWhenTheEventStoreStaysAwayLongerThanTheRetries() {
        ObjectNode registration = freshRegistration();
        String key = registrationIdOf(registration).toString();
        double countedBefore = deadLettersCounted();

        try {
            takeTheEventStoreAway();
            publish(registration);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters())
                    .anyMatch(record -> key.equals(record.key())));
        } finally {
            bringTheEventStoreBack();
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersCounted()).isEqualTo(countedBefore + 1));
        ObjectNode next = freshRegistration();
        publish(next);
        awaitCaseByReference(referenceOf(next));
    }

    /** As good as the database being down for the consumer, and reversible; the service's own user may not alter tables. */
    private void takeTheEventStoreAway() {
        JdbcClient.create(superuserDataSource()).sql("alter table domain_event_entry rename to domain_event_entry_away").update();
    }

    private void bringTheEventStoreBack() {
        JdbcClient.create(superuserDataSource()).sql("alter table if exists domain_event_entry_away rename to domain_event_entry").update();
    }

    private double failedDeliveries() {
        return meters.find("spring.kafka.listener").tag("result", "failure").timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }

    static Stream<Arguments> poisonRecords() {
        Function<ObjectNode, String> notJson = envelope -> "registration, but not in JSON";
        Function<ObjectNode, String> unknownType = envelope -> envelope.put("type", "RegistrationWithdrawn.v1").toString();
        Function<ObjectNode, String> unsupportedVersion = envelope -> envelope.put("schemaVersion", 2).toString();
        Function<ObjectNode, String> brokenPayload = envelope -> {
            ((ObjectNode) envelope.get("payload")).put("registrationId", "not-a-uuid");
            return envelope.toString();
        };
        Function<ObjectNode, String> missingApplicant = envelope -> {
            ((ObjectNode) envelope.get("payload")).putNull("applicant");
            return envelope.toString();
        };
        Function<ObjectNode, String> applicantWithoutName = envelope -> {
            ((ObjectNode) envelope.get("payload").get("applicant")).putNull("fullName");
            return envelope.toString();
        };
        return Stream.of(
                Arguments.of("not JSON", notJson),
                Arguments.of("an unknown event type", unknownType),
                Arguments.of("an unsupported schema version", unsupportedVersion),
                Arguments.of("a payload that breaks the contract", brokenPayload),
                Arguments.of("a registration without applicant", missingApplicant),
                Arguments.of("an applicant without a name", applicantWithoutName));
    }

    @ParameterizedTest(name = "dead-letters {0}, sealed, and goes on with the next record")
    @MethodSource("poisonRecords")
    void deadLettersAPoisonRecordSealedAndGoesOnWithTheNext(String poison, Function<ObjectNode, String> spoil) {
        String key = "poison-" + UUID.randomUUID();
        String value = spoil.apply(freshRegistration());
        double countedBefore = deadLettersCounted();

        publish(key, value);
        ObjectNode next = freshRegistration();
        publish(next);

        awaitCaseByReference(referenceOf(next));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters())
                .filteredOn(record -> key.equals(record.key()))
                .singleElement()
                .satisfies(record -> {
                    String sealedFor = new String(record.headers().lastHeader(
                            SealingDeadLetterPublishingRecoverer.SEALED_FOR).value(), StandardCharsets.UTF_8);
                    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isNotEqualTo(value)
                            .doesNotContain("Julia de Vries");
                    assertThat(cipher.open(UUID.fromString(sealedFor), record.value()))
                            .hasValueSatisfying(opened -> assertThat(new String(opened, StandardCharsets.UTF_8)).isEqualTo(value));
                }));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersCounted()).isEqualTo(countedBefore + 1));
    }

    @Test
    void keepsACanaryNameOutOfEveryTableWhileTheApiShowsIt() throws SQLException {
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode registration = freshRegistration();
        ObjectNode payload = (ObjectNode) registration.get("payload");
        ((ObjectNode) payload.get("applicant")).put("fullName", canary + " Applicant");
        ((ObjectNode) payload.get("otherParty")).put("fullName", canary + " OtherParty");
        payload.put("story", "What " + canary + " told us");

        publish(registration);

        JsonNode view = awaitCaseByReference(referenceOf(registration));
        assertThat(view.get("applicant").get("fullName").asString()).isEqualTo(canary + " Applicant");
        assertThat(view.get("otherParty").get("fullName").asString()).isEqualTo(canary + " OtherParty");
        assertThat(view.get("story").asString()).contains(canary);
        List<String> cells = StoredCells.ofEveryTable(superuserDataSource());
        assertThat(cells).as("every cell of every table").isNotEmpty().noneMatch(cell -> cell.contains(canary));
    }

    private JsonNode awaitCaseByReference(String reference) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            ResponseEntity<String> response = get("/api/cases?registrationReference=" + reference);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json(response)).hasSize(1);
            found.add(json(response).get(0));
        });
        return found.getLast();
    }

    private double deadLettersCounted() {
        Counter counter = meters.find(DeadLetters.METRIC).tag("topic", REGISTRATIONS).counter();
        return counter == null ? 0 : counter.count();
    }
}
