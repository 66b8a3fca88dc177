package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** The little a request needs to know before anything else: whose the correspondence is, its state and version. */
public record CorrespondenceStateView(UUID caseId, String mediatorId, ExchangeState state, Instant stateSince,
                                      SuspensionReason suspendedBecause,
                                      long version) {
}
