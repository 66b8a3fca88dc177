package nl.perspectief.cases.casefile.web;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.stereotype.Component;

/** Versions read from the event store itself, never from a read model that may lag behind. */
@Component
class EventStoreCaseVersions implements CaseVersions {

    private final EventStore eventStore;

    EventStoreCaseVersions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Long> current(UUID caseId) {
        return eventStore.lastSequenceNumberFor(caseId.toString());
    }

    @Override
    public long after(UUID caseId, String commandId, Long before) {
        long first = before == null ? 0 : before + 1;
        Long last = null;
        // only the events after the checked version: a handful, whatever the length of the case
        DomainEventStream events = eventStore.readEvents(caseId.toString(), first);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (commandId.equals(event.getMetaData().get(MessageOriginProvider.getDefaultCorrelationKey()))) {
                last = event.getSequenceNumber();
            }
        }
        if (last != null) {
            return last;
        }
        return before != null ? before : current(caseId).orElse(0L);
    }
}
