package nl.perspectief.messaging.correspondence.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import nl.perspectief.events.Topics;
import nl.perspectief.messaging.config.MessagingProperties;
import nl.perspectief.messaging.correspondence.api.CorrespondenceEvent;
import nl.perspectief.publication.IntegrationEventPublication;

/**
 * Publishes the correspondence's integration events ({@link CorrespondenceToEvents}) to
 * {@code messaging.correspondence-events.v1} from a tracking processor, through event-publication's
 * {@link IntegrationEventPublication}: the event store is the outbox, the token moves only after Kafka acknowledged.
 * The key is the case id, so one case's steps stay in order. Ids only: no content, no names.
 */
@Component
@ProcessingGroup(CorrespondenceEventPublisher.PROCESSING_GROUP)
class CorrespondenceEventPublisher {

    static final String PROCESSING_GROUP = "correspondence-events-publisher";
    static final String PRODUCER = "messaging-service";

    private final IntegrationEventPublication publication;

    CorrespondenceEventPublisher(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        this.publication = new IntegrationEventPublication(kafka, PRODUCER,
                properties.correspondenceEvents().sendTimeout());
    }

    @EventHandler
    void on(CorrespondenceEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            MetaData metaData) {
        CorrespondenceToEvents.payloadOf(event).ifPresent(payload -> publication.publish(
                Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1, payload.caseId().toString(), payload, messageId, occurredAt,
                metaData));
    }
}
