package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.perspectief.events.intake.v1.IncidentCategory;

/**
 * One page of the case list. The list holds no personal data: a mediator opens a case's detail to see
 * who is in it.
 *
 * @param total how many cases match the filters, on every page together
 */
public record CaseListView(List<Item> cases, int page, int size, long total) {

    /**
     * @param lastActivityAt when the latest step of the case happened
     * @param followUpBy     the earliest follow-up deadline of a party who has not answered yet, if any
     * @param waiting        whether that deadline has passed
     * @param version        the case's version, for {@code If-Match}
     */
    public record Item(
            UUID caseId,
            String registrationReference,
            CaseStatus status,
            String mediatorId,
            IncidentCategory incidentCategory,
            Instant openedAt,
            Instant lastActivityAt,
            LocalDate followUpBy,
            boolean waiting,
            long version) {
    }
}
