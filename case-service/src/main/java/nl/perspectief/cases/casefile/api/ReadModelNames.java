package nl.perspectief.cases.casefile.api;

import java.util.List;

/**
 * The case file's read models that an operator may rebuild from the event store (their processors' names): each
 * empties its own tables when reset. Not the case state the commands check, nor the publisher to Kafka, whose replay
 * would publish every event again.
 */
public final class ReadModelNames {

    public static final String OVERVIEW = "case-overview";
    public static final String TIMELINE = "case-timeline";
    public static final List<String> REBUILDABLE = List.of(OVERVIEW, TIMELINE);

    private ReadModelNames() {
    }
}
