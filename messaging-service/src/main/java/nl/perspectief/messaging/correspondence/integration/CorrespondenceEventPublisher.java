package nl.perspectief.messaging.correspondence.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.Topics;
import nl.perspectief.events.messaging.v1.CorrespondenceTopicPayload;
import nl.perspectief.messaging.config.MessagingProperties;
import nl.perspectief.messaging.correspondence.api.CorrespondenceEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the correspondence's integration events ({@link CorrespondenceToEvents}) to
 * {@code messaging.correspondence-events.v1} from a tracking processor: the event store is the outbox. The send is
 * synchronous and a failure propagates, so the token never passes an event Kafka has not acknowledged; an outage
 * delays publication, never loses it. The key is the case id (one case's steps in order); the event id is Axon's
 * message id, so a republication keeps it and consumers deduplicate on it. Ids only: no content, no names.
 */
@Component
@ProcessingGroup(CorrespondenceEventPublisher.PROCESSING_GROUP)
class CorrespondenceEventPublisher {

    static final String PROCESSING_GROUP = "correspondence-events-publisher";
    static final String PRODUCER = "messaging-service";
    private static final String AXON_CAUSE = "correlationId";
    private static final String AXON_ORIGIN = "traceId";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(CorrespondenceEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties.CorrespondenceEvents settings;

    CorrespondenceEventPublisher(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        this.kafka = kafka;
        this.settings = properties.correspondenceEvents();
    }

    @EventHandler
    void on(CorrespondenceEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            MetaData metaData) {
        Optional<CorrespondenceTopicPayload> payload = CorrespondenceToEvents.payloadOf(event);
        if (payload.isEmpty()) {
            return;
        }
        String requestId = metaData.get(CorrelationMetaData.KEY) instanceof String id && CorrelationId.isAcceptable(id)
                ? id : null;
        String type = EventTypes.typeOf(payload.get().getClass()).orElseThrow(() -> new IllegalStateException(
                "no wire type for " + payload.get().getClass().getName()));
        var envelope = new Envelope<>(uuidOf(messageId), type, 1, occurredAt,
                requestId != null ? EnvelopeCorrelation.asUuid(requestId) : uuidOrNull(metaData.get(AXON_ORIGIN)),
                uuidOrNull(metaData.get(AXON_CAUSE)), PRODUCER, payload.get());
        publish(envelope, requestId);
    }

    private void publish(Envelope<CorrespondenceTopicPayload> envelope, String requestId) {
        UUID caseId = envelope.payload().caseId();
        var record = new ProducerRecord<>(Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1, caseId.toString(),
                JSON.writeValueAsBytes(envelope));
        if (requestId != null) {
            record.headers().add(CorrelationId.HEADER, EnvelopeCorrelation.asHeader(requestId));
        }
        try {
            var result = kafka.send(record).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.info("{} {} of case {} published to {}-{}@{}", envelope.type(), envelope.eventId(), caseId,
                    result.getRecordMetadata().topic(), result.getRecordMetadata().partition(),
                    result.getRecordMetadata().offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorrespondenceEventNotPublishedException(envelope.type(), caseId, e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            log.warn("{} {} of case {} not published yet ({}); will retry", envelope.type(), envelope.eventId(),
                    caseId, e.getClass().getSimpleName());
            throw new CorrespondenceEventNotPublishedException(envelope.type(), caseId, e);
        }
    }

    private static UUID uuidOf(String identifier) {
        try {
            return UUID.fromString(identifier);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static UUID uuidOrNull(Object value) {
        return value == null ? null : uuidOf(value.toString());
    }
}
