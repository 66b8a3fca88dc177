package nl.perspectief.cases.casefile.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.ProducerRecord;
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
import nl.perspectief.deadletters.DeadLetters;
import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * messaging-service's reports of a case's correspondence, published on the real topic as the contract's fixtures
 * (made the real case's), reach the case's timeline among its own steps by their time; a redelivery changes nothing,
 * a receipt before its delivery lands all the same, and what cannot be read is parked on the dead-letter topic and
 * counted, while a type this version does not know is skipped.
 */
class CorrespondenceConsumptionIT extends RunningCaseService {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;

    @Test
    void showsALettersDeliveryAndReceiptOnTheTimelineInTimeAmongTheCasesOwnSteps() {
        PhoneCase kase = caseWithAMessageExchangeOpened();
        Instant opened = Instant.parse(awaitTimelineWith(kase.caseId(), "MESSAGE_EXCHANGE_OPENED").path("entries")
                .valueStream().filter(entry -> entry.path("type").asString().equals("MESSAGE_EXCHANGE_OPENED"))
                .findFirst().orElseThrow().path("at").asString());
        UUID letter = UUID.randomUUID();

        publishReport(delivered(kase, letter, opened.plusMillis(1)));
        publishReport(receipt(kase, letter, opened.plusMillis(2)));
        awaitTimelineWith(kase.caseId(), "RECEIPT_CONFIRMED");
        ResponseEntity<String> note = post("/api/cases/" + kase.caseId() + "/notes", DemoUsers.MEDIATOR_ANNA,
                "\"" + kase.version() + "\"", "{\"text\": \"Peter called: he read it twice.\"}");
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode entries = awaitTimelineWith(kase.caseId(), "CASE_NOTE_ADDED").path("entries");
        assertThat(typesOf(entries)).endsWith(
                "FORM_OF_CONTACT_AGREED", "MESSAGE_EXCHANGE_OPENED", "MESSAGE_DELIVERED", "RECEIPT_CONFIRMED",
                "CASE_NOTE_ADDED");
        JsonNode delivery = entries.get(entries.size() - 3);
        assertThat(delivery.path("description").asString())
                .isEqualTo("Letter from the applicant delivered to the other party by post.");
        assertThat(delivery.path("sequenceNumber").isNull()).isTrue();
        assertThat(delivery.path("staffId").asString()).isEqualTo(DemoUsers.MEDIATOR_ANNA.id().toString());
        assertThat(delivery.path("correspondence").path("messageId").asString()).isEqualTo(letter.toString());
        assertThat(delivery.path("correspondence").path("kind").asString()).isEqualTo("LETTER");
        assertThat(delivery.path("correspondence").path("channel").asString()).isEqualTo("POST");
        assertThat(delivery.path("consentsActiveAfter")).as("the consents the exchange was opened with").hasSize(4);
        assertThat(entries.get(entries.size() - 2).path("description").asString())
                .isEqualTo("The other party confirmed receipt of the letter from the applicant.");
    }

    @Test
    void aRedeliveredReportChangesNothing() {
        PhoneCase kase = caseWithAMessageExchangeOpened();
        UUID letter = UUID.randomUUID();
        ObjectNode delivery = delivered(kase, letter, Instant.now());

        publishReport(delivery);
        publishReport(delivery);
        // one partition per case, in order: once the receipt is there, both copies were handled
        publishReport(receipt(kase, letter, Instant.now()));

        JsonNode timeline = awaitTimelineWith(kase.caseId(), "RECEIPT_CONFIRMED");
        assertThat(typesOf(timeline.path("entries"))).containsOnlyOnce("MESSAGE_DELIVERED");
        assertThat(jdbc.sql("select count(*) from correspondence_step where case_id = ?")
                .param(UUID.fromString(kase.caseId())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void keepsAReceiptThatArrivesBeforeItsDeliveryAndShowsBothInTheOrderTheyHappened() {
        PhoneCase kase = caseWithAMessageExchangeOpened();
        UUID letter = UUID.randomUUID();
        Instant deliveredAt = Instant.now();

        publishReport(receipt(kase, letter, deliveredAt.plusSeconds(60)));
        awaitTimelineWith(kase.caseId(), "RECEIPT_CONFIRMED");
        publishReport(delivered(kase, letter, deliveredAt));

        JsonNode entries = awaitTimelineWith(kase.caseId(), "MESSAGE_DELIVERED").path("entries");
        assertThat(typesOf(entries)).endsWith("MESSAGE_EXCHANGE_OPENED", "MESSAGE_DELIVERED", "RECEIPT_CONFIRMED");
        assertThat(entries.get(entries.size() - 1).path("correspondence").path("kind").asString())
                .as("the receipt told with what its delivery said, whichever came first").isEqualTo("LETTER");
    }

    static Stream<Arguments> unreadableReports() {
        Function<ObjectNode, String> notJson = report -> "delivered, but not in JSON";
        Function<ObjectNode, String> withoutRecipient = report -> {
            ((ObjectNode) report.get("payload")).remove("toPartyId");
            return report.toString();
        };
        Function<ObjectNode, String> brokenId = report -> {
            ((ObjectNode) report.get("payload")).put("messageId", "not-a-uuid");
            return report.toString();
        };
        Function<ObjectNode, String> anotherVersion = report -> report.put("schemaVersion", 2).toString();
        Function<ObjectNode, String> anotherTopicsType = report -> report.put("type", EventTypes.CASE_OPENED_V1)
                .toString();
        return Stream.of(
                Arguments.of("not JSON", notJson),
                Arguments.of("a delivery without the party it was for", withoutRecipient),
                Arguments.of("a message id that is none", brokenId),
                Arguments.of("an unsupported schema version", anotherVersion),
                Arguments.of("a case event on the correspondence topic", anotherTopicsType));
    }

    @ParameterizedTest(name = "dead-letters {0}, counted, and goes on with the next report")
    @MethodSource("unreadableReports")
    void deadLettersAnUnreadableReportCountedAndGoesOnWithTheNext(String poison, Function<ObjectNode, String> spoil) {
        String key = UUID.randomUUID().toString();
        double countedBefore = deadLettersCounted();
        ObjectNode next = fixture(EventTypes.RECEIPT_CONFIRMED_V1, UUID.fromString(key));

        publish(new ProducerRecord<>(CORRESPONDENCE, key, spoil.apply(fixture(EventTypes.MESSAGE_DELIVERED_V1,
                UUID.fromString(key))).getBytes(StandardCharsets.UTF_8)));
        publish(new ProducerRecord<>(CORRESPONDENCE, key, JSON.writeValueAsBytes(next)));

        awaitRecorded(next);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters())
                .filteredOn(record -> key.equals(record.key()))
                .singleElement()
                .satisfies(record -> assertThat(record.topic()).isEqualTo(CORRESPONDENCE + ".dlt")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersCounted()).isEqualTo(countedBefore + 1));
    }

    @Test
    void skipsAReportOfATypeThisVersionDoesNotKnow() {
        String key = UUID.randomUUID().toString();
        double countedBefore = deadLettersCounted();
        ObjectNode unknown = fixture(EventTypes.MESSAGE_DELIVERED_V1, UUID.fromString(key))
                .put("type", "MessageReturnedToWriter.v1");
        ObjectNode next = fixture(EventTypes.RECEIPT_CONFIRMED_V1, UUID.fromString(key));

        publish(new ProducerRecord<>(CORRESPONDENCE, key, JSON.writeValueAsBytes(unknown)));
        publish(new ProducerRecord<>(CORRESPONDENCE, key, JSON.writeValueAsBytes(next)));

        awaitRecorded(next);
        assertThat(jdbc.sql("select count(*) from correspondence_step where case_id = ?")
                .param(UUID.fromString(key)).query(Long.class).single()).isEqualTo(1);
        assertThat(deadLetters()).noneMatch(record -> key.equals(record.key()));
        assertThat(deadLettersCounted()).isEqualTo(countedBefore);
    }

    // ----

    /** The contract's fixture, with a fresh event id, about {@code caseId}. */
    private static ObjectNode fixture(String type, UUID caseId) {
        ObjectNode report = (ObjectNode) JSON.readTree(ContractFixtures.fixture(type));
        report.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) report.get("payload")).put("caseId", caseId.toString());
        return report;
    }

    /** The applicant's letter to the other party, delivered by post by Anna, as messaging-service would report it. */
    private static ObjectNode delivered(PhoneCase kase, UUID letter, Instant at) {
        ObjectNode report = fixture(EventTypes.MESSAGE_DELIVERED_V1, UUID.fromString(kase.caseId()));
        ((ObjectNode) report.get("payload"))
                .put("messageId", letter.toString())
                .put("fromPartyId", kase.applicantId())
                .put("toPartyId", kase.otherPartyId())
                .put("deliveredAt", at.toString())
                .put("mediatorId", DemoUsers.MEDIATOR_ANNA.id().toString());
        ContractFixtures.assertConformsToSchema(EventTypes.MESSAGE_DELIVERED_V1, report.toString());
        return report;
    }

    private static ObjectNode receipt(PhoneCase kase, UUID letter, Instant firstReadAt) {
        ObjectNode report = fixture(EventTypes.RECEIPT_CONFIRMED_V1, UUID.fromString(kase.caseId()));
        ((ObjectNode) report.get("payload"))
                .put("messageId", letter.toString())
                .put("toPartyId", kase.otherPartyId())
                .put("firstReadAt", firstReadAt.toString())
                .put("mediatorId", DemoUsers.MEDIATOR_ANNA.id().toString());
        ContractFixtures.assertConformsToSchema(EventTypes.RECEIPT_CONFIRMED_V1, report.toString());
        return report;
    }

    /** Published as messaging-service publishes: keyed by the case. */
    private static void publishReport(ObjectNode report) {
        publish(new ProducerRecord<>(CORRESPONDENCE, report.get("payload").get("caseId").asString(),
                JSON.writeValueAsBytes(report)));
    }

    /** The timeline as the case's mediator reads it, once it shows a step of {@code type}. */
    private JsonNode awaitTimelineWith(String caseId, String type) {
        ResponseEntity<String> answer = await().atMost(PATIENCE).until(
                () -> get("/api/cases/" + caseId + "/timeline", DemoUsers.MEDIATOR_ANNA),
                response -> response.getStatusCode() == HttpStatus.OK && json(response).path("entries").valueStream()
                        .anyMatch(entry -> entry.path("type").asString().equals(type)));
        return json(answer);
    }

    private void awaitRecorded(JsonNode report) {
        UUID eventId = UUID.fromString(report.get("eventId").asString());
        await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from correspondence_step where event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    private double deadLettersCounted() {
        Counter counter = meters.find(DeadLetters.METRIC).tag("topic", CORRESPONDENCE).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<String> typesOf(JsonNode entries) {
        return entries.valueStream().map(entry -> entry.path("type").asString()).toList();
    }
}
