package nl.perspectief.cases.casefile.integration;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.Topics;
import nl.perspectief.publication.IntegrationEventPublication;

/**
 * Publishes the case's integration events to {@code cases.case-events.v1} from a tracking processor, through
 * event-publication's {@link IntegrationEventPublication}: the event store is the outbox. The send is synchronous and
 * a failure propagates (the platform's error handler), so the token never passes an event Kafka has not acknowledged;
 * an outage delays publication, never loses it. The record key is the case id, so one case's events stay in order;
 * the event id is Axon's message id, so a republication after a crash or a reset keeps it and
 * consumers deduplicate on it.
 * <p>
 * The request's correlation id, on the event's metadata ({@link CorrelationMetaData#KEY}: the staff member's HTTP
 * request, or the registration's id from intake), goes on as the envelope's {@code correlationId} and as the record
 * header {@link CorrelationId#HEADER}; an event stored before that id existed keeps Axon's trace id in the
 * envelope, as before, and gets no header.
 */
@Component
@ProcessingGroup(CaseEventPublisher.PROCESSING_GROUP)
class CaseEventPublisher {

    static final String PROCESSING_GROUP = "case-events-publisher";

    private final IntegrationEventPublication publication;
    private final ExchangeOpenings openings;

    CaseEventPublisher(KafkaTemplate<String, byte[]> kafka, ExchangeOpenings openings,
                       CaseServiceProperties properties) {
        this.publication = new IntegrationEventPublication(kafka, CaseEventMapper.PRODUCER,
                properties.caseEvents().sendTimeout());
        this.openings = openings;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequenceNumber, @MessageIdentifier String messageId,
            @Timestamp Instant occurredAt, MetaData metaData) {
        CaseEventMapper.toPayload(event, sequenceNumber, openings).ifPresent(payload -> publication.publish(
                Topics.CASES_CASE_EVENTS_V1, payload.caseId().toString(), payload, messageId, occurredAt, metaData));
    }
}
