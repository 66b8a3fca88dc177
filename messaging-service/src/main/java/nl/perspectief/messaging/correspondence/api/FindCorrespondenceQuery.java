package nl.perspectief.messaging.correspondence.api;

import java.util.UUID;

/** A case's correspondence, answered with an optional {@link CorrespondenceView}. */
public record FindCorrespondenceQuery(UUID caseId) {
}
