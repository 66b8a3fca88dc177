package nl.perspectief.intake.registration.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.unit.DataSize;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.registration.RegistrationFixtures;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import tools.jackson.databind.json.JsonMapper;

class RegistrationPublisherTest {

    @Test
    void failsTheEventWhenKafkaDoesNotAcknowledgeSoTheProcessorRetriesIt() {
        // nothing listens on port 1: the broker is "down"
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        var properties = new IntakeProperties(ZoneId.of("Europe/Amsterdam"), DataSize.ofKilobytes(64),
                new IntakeProperties.Publisher("intake.registrations.v1", 3, (short) 1, Duration.ofDays(14), Duration.ofSeconds(2)),
                null, java.util.List.of(), java.util.List.of());
        var publisher = new RegistrationPublisher(new KafkaTemplate<>(producers), properties);
        var command = RegistrationFixtures.submit();
        var event = new RegistrationSubmittedEvent(command.registrationId(), "PH-2026-00042", command.submittedAt(),
                nl.perspectief.events.intake.v1.RegistrationSource.WEBSITE, command.applicant(), command.incident(),
                command.otherParty(), null);

        try {
            assertThatThrownBy(() -> publisher.on(event, UUID.randomUUID().toString(), command.submittedAt(), MetaData.emptyInstance()))
                    .isInstanceOf(RegistrationNotPublishedException.class)
                    .hasMessageContaining(command.registrationId().toString());
        } finally {
            producers.destroy();
        }
    }

    @Test
    void theRequestsCorrelationIdGoesOnAsTheEnvelopesAndAsTheRecordHeader() {
        var kafka = new RecordingKafka<String>();
        var publisher = new RegistrationPublisher(kafka, properties());
        var event = event();
        String requestId = UUID.randomUUID().toString();
        String commandId = UUID.randomUUID().toString();

        publisher.on(event, UUID.randomUUID().toString(), event.submittedAt(), MetaData.with(CorrelationMetaData.KEY, requestId)
                .and("correlationId", commandId).and("traceId", commandId));

        ProducerRecord<String, String> record = kafka.sent;
        assertThat(new String(record.headers().lastHeader(CorrelationId.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(requestId);
        var envelope = JsonMapper.builder().build().readTree(record.value());
        assertThat(envelope.path("correlationId").asString()).isEqualTo(requestId);
        assertThat(envelope.path("causationId").asString()).as("Axon's cause: the command").isEqualTo(commandId);
    }

    @Test
    void anEventStoredBeforeRequestIdsExistedIsPublishedWithAxonsTraceAndNoHeader() {
        var kafka = new RecordingKafka<String>();
        var event = event();
        String traceId = UUID.randomUUID().toString();

        new RegistrationPublisher(kafka, properties()).on(event, UUID.randomUUID().toString(), event.submittedAt(),
                MetaData.with("correlationId", traceId).and("traceId", traceId));

        ProducerRecord<String, String> record = kafka.sent;
        assertThat(record.headers().lastHeader(CorrelationId.HEADER)).isNull();
        assertThat(JsonMapper.builder().build().readTree(record.value()).path("correlationId").asString()).isEqualTo(traceId);
    }

    private static IntakeProperties properties() {
        return new IntakeProperties(ZoneId.of("Europe/Amsterdam"), DataSize.ofKilobytes(64),
                new IntakeProperties.Publisher("intake.registrations.v1", 3, (short) 1, Duration.ofDays(14), Duration.ofSeconds(2)),
                null, java.util.List.of(), java.util.List.of());
    }

    private static RegistrationSubmittedEvent event() {
        var command = RegistrationFixtures.submit();
        return new RegistrationSubmittedEvent(command.registrationId(), "PH-2026-00042", command.submittedAt(),
                nl.perspectief.events.intake.v1.RegistrationSource.WEBSITE, command.applicant(), command.incident(),
                command.otherParty(), null);
    }

    /** Answers every send as acknowledged, and keeps the last record. */
    private static final class RecordingKafka<V> extends KafkaTemplate<String, V> {
        ProducerRecord<String, V> sent;

        RecordingKafka() {
            super(new DefaultKafkaProducerFactory<>(Map.of()));
        }

        @Override
        public CompletableFuture<SendResult<String, V>> send(ProducerRecord<String, V> record) {
            sent = record;
            return CompletableFuture.completedFuture(new SendResult<>(record,
                    new RecordMetadata(new TopicPartition(record.topic(), 0), 0, 0, 0, 0, 0)));
        }
    }
}
