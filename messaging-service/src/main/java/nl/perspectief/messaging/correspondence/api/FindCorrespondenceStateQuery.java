package nl.perspectief.messaging.correspondence.api;

import java.util.UUID;

/** Answered with an optional {@link CorrespondenceStateView}: one row, whatever the correspondence holds. */
public record FindCorrespondenceStateQuery(UUID caseId) {
}
