package nl.perspectief.cases.casefile.integration;

import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;

/**
 * Reads the case's own stream from the event store: the same answer on every republication and after
 * a replay, with no table of its own to keep in step. Reading from sequence 0 bypasses snapshots, and
 * only the payload type is looked at, so nothing personal is decrypted.
 */
@Component
class EventStoreExchangeOpenings implements ExchangeOpenings {

    private final EventStore events;

    EventStoreExchangeOpenings(EventStore events) {
        this.events = events;
    }

    @Override
    public long lastOpeningBefore(UUID caseId, long sequenceNumber) {
        DomainEventStream stream = events.readEvents(caseId.toString(), 0L);
        long opening = -1;
        while (stream.hasNext() && stream.peek().getSequenceNumber() < sequenceNumber) {
            DomainEventMessage<?> earlier = stream.next();
            if (MessageExchangeOpenedEvent.class.equals(earlier.getPayloadType())) {
                opening = earlier.getSequenceNumber();
            }
        }
        if (opening < 0) {
            throw new IllegalStateException("case " + caseId + " has no message exchange opened before event "
                    + sequenceNumber);
        }
        return opening;
    }
}
