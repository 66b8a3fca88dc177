package nl.perspectief.cases.casefile.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseStep;

/**
 * Feeds events to both projections as the tracking processors would: each with the next sequence number
 * of its case, a fresh event identifier and its own time as the time stored. Remembers what it fed, so a
 * test can deliver a message again.
 */
final class CaseEventFeed {

    record Fed(CaseEvent event, long sequenceNumber, String eventId) {
    }

    private final CaseOverviewProjection overview;
    private final CaseTimelineProjection timeline;
    private final Map<UUID, Long> nextSequenceNumbers = new HashMap<>();
    private final List<Fed> fed = new ArrayList<>();

    CaseEventFeed(CaseOverviewProjection overview, CaseTimelineProjection timeline) {
        this.overview = overview;
        this.timeline = timeline;
    }

    CaseEventFeed feed(CaseEvent... events) {
        for (CaseEvent event : events) {
            long sequenceNumber = nextSequenceNumbers.merge(event.caseId(), 1L, Long::sum) - 1;
            Fed message = new Fed(event, sequenceNumber, UUID.randomUUID().toString());
            deliver(message);
            fed.add(message);
        }
        return this;
    }

    CaseEventFeed feed(List<? extends CaseEvent> events) {
        return feed(events.toArray(CaseEvent[]::new));
    }

    /** Delivers an earlier message again, as after a crash before its token was stored. */
    void redeliver(Fed message) {
        deliver(message);
    }

    List<Fed> fed() {
        return List.copyOf(fed);
    }

    private void deliver(Fed message) {
        overview.on(message.event(), message.sequenceNumber());
        timeline.on(message.event(), message.sequenceNumber(), message.eventId(),
                CaseStep.of(message.event(), Map.of()).at());
    }
}
