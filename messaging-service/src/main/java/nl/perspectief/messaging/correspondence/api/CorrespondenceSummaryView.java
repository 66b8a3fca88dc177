package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** One case's correspondence in a list: where the exchange stands and what awaits the mediator. */
public record CorrespondenceSummaryView(UUID caseId, String mediatorId, ExchangeState state, Instant stateSince,
                                        SuspensionReason suspendedBecause,
                                        int messages, int awaitingReview) {
}
