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

    @Test
    void handsTheProducerAWholeBatchBeforeWaitingAndCommitsOnlyOnceKafkaAcknowledgedEveryEvent() {
        var kafka = new PendingKafka();
        var publisher = new RegistrationPublisher(kafka, properties());
        var batch = java.util.List.of(event(), event(), event());
        var unitOfWork = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(batch.stream()
                .map(org.axonframework.eventhandling.GenericEventMessage::asEventMessage).toList());
        var committed = new java.util.concurrent.atomic.AtomicBoolean();
        unitOfWork.afterCommit(u -> committed.set(true));

        var handling = CompletableFuture.runAsync(() -> unitOfWork.executeWithResult(() -> {
            var event = (RegistrationSubmittedEvent) unitOfWork.getMessage().getPayload();
            publisher.on(event, UUID.randomUUID().toString(), event.submittedAt(), MetaData.emptyInstance());
            return null;
        }));

        org.awaitility.Awaitility.await().until(() -> kafka.pending.size() == 3);
        assertThat(committed).as("committed before Kafka acknowledged").isFalse();
        kafka.pending.forEach(PendingKafka::acknowledge);
        handling.join();
        assertThat(committed).isTrue();
    }

    @Test
    void aBatchWithAnEventKafkaDidNotAcknowledgeRollsBackSoTheTokenStaysBeforeIt() {
        var kafka = new PendingKafka();
        var publisher = new RegistrationPublisher(kafka, properties());
        var unitOfWork = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(java.util.List.of(event(), event())
                .stream().map(org.axonframework.eventhandling.GenericEventMessage::asEventMessage).toList());
        var rolledBack = new java.util.concurrent.atomic.AtomicBoolean();
        unitOfWork.onRollback(u -> rolledBack.set(true));

        var handling = CompletableFuture.supplyAsync(() -> unitOfWork.executeWithResult(() -> {
            var event = (RegistrationSubmittedEvent) unitOfWork.getMessage().getPayload();
            publisher.on(event, UUID.randomUUID().toString(), event.submittedAt(), MetaData.emptyInstance());
            return null;
        }));

        org.awaitility.Awaitility.await().until(() -> kafka.pending.size() == 2);
        PendingKafka.acknowledge(kafka.pending.get(0));
        kafka.pending.get(1).future().completeExceptionally(new org.apache.kafka.common.errors.TimeoutException("no broker"));
        var result = handling.join();
        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(RegistrationNotPublishedException.class);
        assertThat(rolledBack).isTrue();
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

    /** Acknowledges a send only when the test says so. */
    private static final class PendingKafka extends KafkaTemplate<String, String> {
        record Pending(ProducerRecord<String, String> record, CompletableFuture<SendResult<String, String>> future) {
        }

        final java.util.List<Pending> pending = new java.util.concurrent.CopyOnWriteArrayList<>();

        PendingKafka() {
            super(new DefaultKafkaProducerFactory<>(Map.of()));
        }

        @Override
        public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
            var future = new CompletableFuture<SendResult<String, String>>();
            pending.add(new Pending(record, future));
            return future;
        }

        static void acknowledge(Pending sent) {
            sent.future().complete(new SendResult<>(sent.record(),
                    new RecordMetadata(new TopicPartition(sent.record().topic(), 0), 0, 0, 0, 0, 0)));
        }
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
