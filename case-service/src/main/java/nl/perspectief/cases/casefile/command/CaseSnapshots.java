package nl.perspectief.cases.casefile.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Case files last years and gather hundreds of events: loading a case starts from its latest snapshot
 * instead of replaying them all. The snapshot is the {@link Case} itself, which holds no personal data.
 */
@Configuration(proxyBeanMethods = false)
class CaseSnapshots {

    static final String TRIGGER = "caseSnapshotTrigger";

    /**
     * Cases above this many events since their last snapshot get a new one. Every step loads the case, so it replays
     * on average half this many events (each deserialized and decrypted), and the snapshot replaces the previous one:
     * 16 mediators adding notes took 130 and 157 steps/s with 50, 182 and 190 with 20 (issue 14).
     */
    static final int EVENTS_BETWEEN_SNAPSHOTS = 20;

    @Bean(TRIGGER)
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}
