package nl.perspectief.cases.casefile.web;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;

/**
 * Read from the event store, not the read model: a case assigned a moment ago is its mediator's at once,
 * and one reassigned a moment ago is no longer the previous mediator's. Only the payload types are looked
 * at, and only the two assignment events (which hold no personal data) are read whole.
 */
@Component
class EventStoreCaseMediators implements CaseMediators {

    private final EventStore events;

    EventStoreCaseMediators(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Assignment> of(UUID caseId) {
        DomainEventStream stream = events.readEvents(caseId.toString(), 0L);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        String mediator = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (MediatorAssignedEvent.class.equals(event.getPayloadType())) {
                mediator = ((MediatorAssignedEvent) event.getPayload()).mediatorId();
            } else if (MediatorReassignedEvent.class.equals(event.getPayloadType())) {
                mediator = ((MediatorReassignedEvent) event.getPayload()).mediatorId();
            }
        }
        return Optional.of(new Assignment(mediator));
    }
}
