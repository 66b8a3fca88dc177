package nl.perspectief.cases.casefile.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.ReadModelNames;
import nl.perspectief.cases.casefile.api.CaseStep;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.FindCaseStatusQuery;

/**
 * Projects cases into {@code case_overview}: the list's searchable columns and the detail's encrypted
 * document. A tracking processor with its token in PostgreSQL: after a reset it replays every case
 * event and rebuilds the table from nothing. An event whose sequence number the row has seen already
 * (a redelivery) is skipped. Each case's row is read and saved once per batch of events ({@link EventBatch}).
 */
@Component
@ProcessingGroup(CaseOverviewProjection.PROCESSING_GROUP)
class CaseOverviewProjection {

    static final String PROCESSING_GROUP = ReadModelNames.OVERVIEW;

    private static final Logger log = LoggerFactory.getLogger(CaseOverviewProjection.class);

    private final CaseOverviewRepository overview;
    private final QueryUpdateEmitter updates;

    CaseOverviewProjection(CaseOverviewRepository overview, QueryUpdateEmitter updates) {
        this.overview = overview;
        this.updates = updates;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber Long sequenceNumber) {
        EventBatch.with(PROCESSING_GROUP, Rows::new, this::saved, rows -> {
            Optional<CaseOverviewRow> known = rows.of(event.caseId());
            if (event instanceof CaseOpenedEvent opened) {
                if (known.isEmpty()) {
                    rows.changed(opened(opened, sequenceNumber));
                }
                return;
            }
            known.filter(row -> row.version() < sequenceNumber)
                    .ifPresentOrElse(row -> rows.changed(next(row, event, sequenceNumber)),
                            () -> log.debug("Skipped event {} of case {}: projected already, or the case is unknown",
                                    sequenceNumber, event.caseId()));
        });
    }

    /** The rows of the batch's cases: each read once, and those an event changed, to be saved once. */
    private final class Rows {

        private final Map<UUID, Optional<CaseOverviewRow>> byCase = new HashMap<>();
        private final Map<UUID, CaseOverviewRow> changed = new LinkedHashMap<>();

        Optional<CaseOverviewRow> of(UUID caseId) {
            return byCase.computeIfAbsent(caseId, overview::findByCaseId);
        }

        void changed(CaseOverviewRow row) {
            byCase.put(row.caseId(), Optional.of(row));
            changed.put(row.caseId(), row);
        }
    }

    /**
     * Saves each changed row and tells whoever subscribed to the case's status (a page waiting for the step it just
     * took); Axon sends the update once this unit of work has committed, so a reader finds the row it was told about.
     */
    private void saved(Rows rows) {
        rows.changed.values().forEach(row -> {
            overview.save(row);
            updates.emit(FindCaseStatusQuery.class, query -> query.caseId().equals(row.caseId()),
                    new CaseStatusView(row.caseId(), row.registrationReference(), row.status(), row.mediatorId(),
                            row.version()));
        });
    }

    @ResetHandler
    void onReset() {
        overview.deleteAll();
    }

    private static CaseOverviewRow opened(CaseOpenedEvent event, long sequenceNumber) {
        CaseFile file = CaseFile.of(event);
        return new CaseOverviewRow(
                event.caseId(),
                event.registrationId(),
                event.registrationReference(),
                file.status,
                event.incident().category().name(),
                event.openedAt(),
                null,
                event.openedAt(),
                null,
                sequenceNumber,
                new CaseDetailsDocument(event.source(), event.submittedAt(), event.applicant(),
                        event.otherParty(), event.incident(), event.story(), event.referrer(), file));
    }

    private static CaseOverviewRow next(CaseOverviewRow row, CaseEvent event, long sequenceNumber) {
        CaseFile file = row.details().file();
        file.apply(event);
        return new CaseOverviewRow(row.caseId(), row.registrationId(), row.registrationReference(), file.status,
                row.incidentCategory(), row.openedAt(), file.mediatorId, CaseStep.of(event, Map.of()).at(),
                file.earliestFollowUp().orElse(null), sequenceNumber, row.details());
    }
}
