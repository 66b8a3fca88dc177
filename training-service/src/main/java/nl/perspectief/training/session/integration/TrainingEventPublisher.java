package nl.perspectief.training.session.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import nl.perspectief.events.Topics;
import nl.perspectief.publication.IntegrationEventPublication;
import nl.perspectief.training.config.TrainingProperties;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.SessionEvent;
import nl.perspectief.training.session.api.SessionView;

/**
 * Publishes the sessions' integration events ({@link SessionToEvents}) to {@code training.course-events.v1} from a
 * tracking processor, through event-publication's {@link IntegrationEventPublication}: the event store is the outbox,
 * the token moves only after Kafka acknowledged. The key is the session id, so one session's events stay in order.
 * Ids, dates and counts only: no participant.
 */
@Component
@ProcessingGroup(TrainingEventPublisher.PROCESSING_GROUP)
class TrainingEventPublisher {

    static final String PROCESSING_GROUP = "training-events-publisher";
    static final String PRODUCER = "training-service";

    private final IntegrationEventPublication publication;
    private final QueryGateway queries;

    TrainingEventPublisher(KafkaTemplate<String, byte[]> kafka, QueryGateway queries, TrainingProperties properties) {
        this.publication = new IntegrationEventPublication(kafka, PRODUCER, properties.courseEvents().sendTimeout());
        this.queries = queries;
    }

    @EventHandler
    void on(SessionEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt, MetaData metaData) {
        SessionToEvents.payloadOf(event, () -> queries.query(new FindSessionQuery(event.sessionId()),
                                ResponseTypes.optionalInstanceOf(SessionView.class)).join()
                        .orElseThrow(() -> new IllegalStateException("session " + event.sessionId() + " not in its view")))
                .ifPresent(payload -> publication.publish(Topics.TRAINING_COURSE_EVENTS_V1,
                        payload.sessionId().toString(), payload, messageId, occurredAt, metaData));
    }
}
