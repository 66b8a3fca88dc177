package nl.perspectief.cases.config;

import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.ReadModelNames;

/**
 * The read models an operator may rebuild on a running service: the processors {@link ReadModelNames#REBUILDABLE}
 * names, each with a {@code @ResetHandler} that empties its tables (the case overview and the timeline). A rebuild stops the
 * processor, resets its tokens to the start of the event store (its reset handler empties its tables) and starts it,
 * so it reads every event again while the service keeps answering; until it has caught up, the lists and pages show
 * what it has rebuilt so far. Named, not found by {@code supportsReset()}: the publisher to Kafka supports a reset too,
 * and resetting it would publish every event again; the case state the commands check is never touched either. One
 * rebuild at a time.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;

    ReadModelRebuild(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * A read model's processor as it stands.
     *
     * @param rebuilding whether it is reading events again after a reset and has not caught up yet
     * @param caughtUp   whether every segment has reached the head of the event store
     * @param position   the highest event position its segments have handled, null before the first
     */
    public record ReadModel(String name, boolean running, boolean rebuilding, boolean caughtUp, Long position) {
    }

    public List<ReadModel> readModels() {
        return processors().stream().map(ReadModelRebuild::of).toList();
    }

    /** Rebuilds every read model from the first event; answers them as they stand right after the restart. */
    public synchronized List<ReadModel> rebuildAll() {
        List<TrackingEventProcessor> processors = processors();
        processors.forEach(TrackingEventProcessor::shutDown);
        processors.forEach(TrackingEventProcessor::resetTokens);
        processors.forEach(TrackingEventProcessor::start);
        log.info("Read models {} reset to the first event and rebuilding", processors.stream()
                .map(TrackingEventProcessor::getName).toList());
        return readModels();
    }

    private List<TrackingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast)
                .filter(processor -> ReadModelNames.REBUILDABLE.contains(processor.getName()))
                .sorted(java.util.Comparator.comparing(TrackingEventProcessor::getName))
                .toList();
    }

    private static ReadModel of(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean caughtUp = !segments.isEmpty() && segments.values().stream()
                .allMatch(status -> status.isCaughtUp() && !status.isErrorState());
        // Axon counts a reset processor as replaying until an event newer than the reset arrives; caught up, it has
        // read every event again, which is what an operator asks
        boolean rebuilding = !caughtUp && segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        Long position = segments.values().stream()
                .map(status -> status.getCurrentPosition())
                .filter(java.util.OptionalLong::isPresent)
                .map(java.util.OptionalLong::getAsLong)
                .max(Long::compare).orElse(null);
        return new ReadModel(processor.getName(), processor.isRunning(), rebuilding, caughtUp, position);
    }
}
