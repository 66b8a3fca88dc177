package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

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
     * @param waiting        whether that deadline has passed ({@code null} where the reader may not know)
     * @param version        the case's version, for {@code If-Match}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID caseId,
            String registrationReference,
            CaseStatus status,
            String mediatorId,
            IncidentCategory incidentCategory,
            Instant openedAt,
            Instant lastActivityAt,
            LocalDate followUpBy,
            Boolean waiting,
            long version) {

        /** Status and mediator only, as the desk sees a case once it has left triage. */
        public Item statusAndMediatorOnly() {
            return new Item(caseId, registrationReference, status, mediatorId, null, null, null, null, null, version);
        }
    }
}
