package nl.perspectief.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.messaging.v1.ReceiptConfirmed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publication on a real broker: the envelope, the key, the header; a broker that does not answer; and in a unit of
 * work, the acknowledgements awaited as it commits.
 */
class IntegrationEventPublicationTest {

    private static final String TOPIC = "publication-test";
    private static final String UNACKNOWLEDGED = "publication-test-unacknowledged";
    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startKafka() throws java.io.IOException {
        // the build points java.io.tmpdir into target/, which the broker writes below
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        kafka = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    @Test
    void publishesThePayloadInItsEnvelopeWithTheEventsIdTheRequestsCorrelationAndTheCause() {
        UUID caseId = UUID.randomUUID();
        String messageId = UUID.randomUUID().toString();
        String cause = UUID.randomUUID().toString();
        String request = CorrelationId.newId();
        var payload = new ReceiptConfirmed(caseId, UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2026-05-13T20:15:00Z"), "mediator-joost");

        publication(kafka.getBrokersAsString(), Duration.ofSeconds(10)).publish(TOPIC, caseId.toString(), payload,
                messageId, Instant.parse("2026-05-13T20:16:00Z"),
                MetaData.with(CorrelationMetaData.KEY, request).and("correlationId", cause));

        ConsumerRecord<String, byte[]> record = readAll(caseId.toString(), 1).getFirst();
        JsonNode envelope = JsonMapper.builder().build().readTree(record.value());
        assertThat(record.key()).isEqualTo(caseId.toString());
        assertThat(envelope.get("eventId").asString()).isEqualTo(messageId);
        assertThat(envelope.get("type").asString()).isEqualTo("ReceiptConfirmed.v1");
        assertThat(envelope.get("producer").asString()).isEqualTo("messaging-service");
        assertThat(envelope.get("causationId").asString()).isEqualTo(cause);
        assertThat(envelope.get("payload").get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(new String(record.headers().lastHeader(CorrelationId.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(request);
    }

    @Test
    void aBrokerThatDoesNotAcknowledgeIsAFailureTheProcessorRetries() {
        var payload = new ReceiptConfirmed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                "mediator-joost");
        // nothing listens on port 1: the producer gives up on the topic's metadata
        assertThatThrownBy(() -> publication("localhost:1", Duration.ofSeconds(3)).publish(TOPIC, "key", payload,
                UUID.randomUUID().toString(), Instant.now(), MetaData.emptyInstance()))
                .isInstanceOf(IntegrationEventNotPublishedException.class)
                .hasMessageContaining("ReceiptConfirmed.v1");
    }

    @Test
    void inAUnitOfWorkSendsAtOnceAndAwaitsTheAcknowledgementsAsItCommits() {
        UUID caseId = UUID.randomUUID();
        IntegrationEventPublication publication = publication(kafka.getBrokersAsString(), Duration.ofSeconds(10));
        List<String> messageIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));

        messageIds.forEach(messageId -> publication.publish(TOPIC, caseId.toString(), new ReceiptConfirmed(caseId,
                UUID.randomUUID(), UUID.randomUUID(), Instant.now(), "mediator-joost"), messageId, Instant.now(),
                MetaData.emptyInstance()));
        batch.commit();

        assertThat(readAll(caseId.toString(), 3)).extracting(record -> JsonMapper.builder().build()
                .readTree(record.value()).get("eventId").asString()).containsExactlyElementsOf(messageIds);
    }

    @Test
    void inAUnitOfWorkAMissingAcknowledgementFailsTheCommitSoTheTokenStays() throws Exception {
        // the broker takes records of at most 64 bytes on this topic: it refuses the envelope, and the producer learns
        // so after publish() has returned
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(UNACKNOWLEDGED, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "64")))).all().get(10, TimeUnit.SECONDS);
        }
        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));
        List<String> stored = new java.util.ArrayList<>();
        batch.onCommit(committed -> stored.add("token"));

        publication(kafka.getBrokersAsString(), Duration.ofSeconds(10)).publish(UNACKNOWLEDGED, "key",
                new ReceiptConfirmed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                        "mediator-joost"), UUID.randomUUID().toString(), Instant.now(), MetaData.emptyInstance());

        assertThatThrownBy(batch::commit).isInstanceOf(IntegrationEventNotPublishedException.class)
                .hasMessageContaining("ReceiptConfirmed.v1");
        assertThat(stored).as("the unit of work rolled back before its commit").isEmpty();
    }

    private static IntegrationEventPublication publication(String brokers, Duration timeout) {
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000),
                new StringSerializer(), new ByteArraySerializer());
        return new IntegrationEventPublication(new KafkaTemplate<>(producers), "messaging-service", timeout);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> read = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (read.size() < expected && System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        read.add(record);
                    }
                });
            }
        }
        return read;
    }
}
