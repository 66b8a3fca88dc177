package nl.perspectief.intake.registration.integration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.unit.DataSize;

import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.registration.RegistrationFixtures;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;

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
}
