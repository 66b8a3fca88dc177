package nl.perspectief.cases.casefile.integration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import nl.perspectief.cases.casefile.CaseFixtures;
import nl.perspectief.cases.config.CaseServiceProperties;

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
                new CaseServiceProperties.CaseEvents(3, (short) 1, Duration.ofDays(14), Duration.ofSeconds(2)), null);
        ExchangeOpenings noExchange = (caseId, sequence) -> {
            throw new AssertionError("a case opening names no exchange");
        };
        var publisher = new CaseEventPublisher(new KafkaTemplate<>(producers), noExchange, properties);
        var caseOfJulia = CaseFixtures.caseOfJulia();

        try {
            assertThatThrownBy(() -> publisher.on(caseOfJulia.opened(), 0, UUID.randomUUID().toString(),
                    CaseFixtures.OPENED_AT, MetaData.emptyInstance()))
                    .isInstanceOf(CaseEventNotPublishedException.class)
                    .hasMessageContaining(caseOfJulia.caseId.toString());
        } finally {
            producers.destroy();
        }
    }
}
