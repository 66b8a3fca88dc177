package nl.perspectief.training.session.integration;

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
import nl.perspectief.events.training.v1.TrainingTopicPayload;
import nl.perspectief.training.config.TrainingProperties;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.SessionEvent;
import nl.perspectief.training.session.api.SessionView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the sessions' integration events ({@link SessionToEvents}) to {@code training.course-events.v1} from a
 * tracking processor: the event store is the outbox. The send is synchronous and a failure propagates, so the token
 * never passes an event Kafka has not acknowledged; an outage delays publication, never loses it. The key is the
 * session id (one session's events in order); the event id is Axon's message id, so a republication keeps it and
 * consumers deduplicate on it. Ids, dates and counts only: no participant.
 */
@Component
@ProcessingGroup(TrainingEventPublisher.PROCESSING_GROUP)
class TrainingEventPublisher {

    static final String PROCESSING_GROUP = "training-events-publisher";
    static final String PRODUCER = "training-service";
    private static final String AXON_CAUSE = "correlationId";
    private static final String AXON_ORIGIN = "traceId";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(TrainingEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final QueryGateway queries;
    private final TrainingProperties.CourseEvents settings;

    TrainingEventPublisher(KafkaTemplate<String, byte[]> kafka, QueryGateway queries, TrainingProperties properties) {
        this.kafka = kafka;
        this.queries = queries;
        this.settings = properties.courseEvents();
    }

    @EventHandler
    void on(SessionEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            MetaData metaData) {
        Optional<TrainingTopicPayload> payload = SessionToEvents.payloadOf(event, () -> queries.query(
                new FindSessionQuery(event.sessionId()), ResponseTypes.optionalInstanceOf(SessionView.class)).join()
                .orElseThrow(() -> new IllegalStateException("session " + event.sessionId() + " not in its view")));
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

    private void publish(Envelope<TrainingTopicPayload> envelope, String requestId) {
        UUID sessionId = envelope.payload().sessionId();
        var record = new ProducerRecord<>(Topics.TRAINING_COURSE_EVENTS_V1, sessionId.toString(),
                JSON.writeValueAsBytes(envelope));
        if (requestId != null) {
            record.headers().add(CorrelationId.HEADER, EnvelopeCorrelation.asHeader(requestId));
        }
        try {
            var result = kafka.send(record).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.info("{} {} of session {} published to {}-{}@{}", envelope.type(), envelope.eventId(), sessionId,
                    result.getRecordMetadata().topic(), result.getRecordMetadata().partition(),
                    result.getRecordMetadata().offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingEventNotPublishedException(envelope.type(), sessionId, e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            log.warn("{} {} of session {} not published yet ({}); will retry", envelope.type(), envelope.eventId(),
                    sessionId, e.getClass().getSimpleName());
            throw new TrainingEventNotPublishedException(envelope.type(), sessionId, e);
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
