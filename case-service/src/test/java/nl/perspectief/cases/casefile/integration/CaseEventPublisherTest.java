package nl.perspectief.cases.casefile.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import nl.perspectief.cases.casefile.CaseFixtures;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.publication.IntegrationEventNotPublishedException;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import tools.jackson.databind.json.JsonMapper;

class CaseEventPublisherTest {

    @Test
    void failsTheEventWhenKafkaDoesNotAcknowledgeSoTheProcessorRetriesIt() {
        // nothing listens on port 1: the broker is "down"
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        var properties = new CaseServiceProperties(null,
                new CaseServiceProperties.CaseEvents(3, (short) 1, Duration.ofDays(14), Duration.ofSeconds(2)), null, null,
                null);
        ExchangeOpenings noExchange = (caseId, sequence) -> {
            throw new AssertionError("a case opening names no exchange");
        };
        var publisher = new CaseEventPublisher(new KafkaTemplate<>(producers), noExchange, properties);
        var caseOfJulia = CaseFixtures.caseOfJulia();

        try {
            assertThatThrownBy(() -> publisher.on(caseOfJulia.opened(), 0, UUID.randomUUID().toString(),
                    CaseFixtures.OPENED_AT, MetaData.emptyInstance()))
                    .isInstanceOf(IntegrationEventNotPublishedException.class)
                    .hasMessageContaining(caseOfJulia.caseId.toString());
        } finally {
            producers.destroy();
        }
    }

    @Test
    void theRequestsCorrelationIdGoesOnAsTheEnvelopesAndAsTheRecordHeader() {
        var kafka = new RecordingKafka<byte[]>();
        var properties = new CaseServiceProperties(null,
                new CaseServiceProperties.CaseEvents(3, (short) 1, Duration.ofDays(14), Duration.ofSeconds(2)), null, null,
                null);
        var publisher = new CaseEventPublisher(kafka, (caseId, sequence) -> {
            throw new AssertionError("a case opening names no exchange");
        }, properties);
        String requestId = UUID.randomUUID().toString();
        String commandId = UUID.randomUUID().toString();

        publisher.on(CaseFixtures.caseOfJulia().opened(), 0, UUID.randomUUID().toString(), CaseFixtures.OPENED_AT,
                MetaData.with(CorrelationMetaData.KEY, requestId).and("correlationId", commandId).and("traceId", commandId));

        ProducerRecord<String, byte[]> record = kafka.sent;
        assertThat(new String(record.headers().lastHeader(CorrelationId.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(requestId);
        var envelope = JsonMapper.builder().build().readTree(record.value());
        assertThat(envelope.path("correlationId").asString()).isEqualTo(requestId);
        assertThat(envelope.path("causationId").asString()).isEqualTo(commandId);
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
