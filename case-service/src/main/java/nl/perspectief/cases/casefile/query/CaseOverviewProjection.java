package nl.perspectief.cases.casefile.query;

import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;

/**
 * Projects cases into {@code case_overview}: the list's searchable columns and the detail's encrypted
 * document. A tracking processor with its token in PostgreSQL: after a reset it replays every case
 * event and rebuilds the table from nothing. An event whose sequence number the row has seen already
 * (a redelivery) is skipped.
 */
@Component
@ProcessingGroup(CaseOverviewProjection.PROCESSING_GROUP)
class CaseOverviewProjection {

    static final String PROCESSING_GROUP = "case-overview";

    private static final Logger log = LoggerFactory.getLogger(CaseOverviewProjection.class);

    private final CaseOverviewRepository overview;

    CaseOverviewProjection(CaseOverviewRepository overview) {
        this.overview = overview;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber Long sequenceNumber) {
        if (event instanceof CaseOpenedEvent opened) {
            if (overview.findByCaseId(opened.caseId()).isEmpty()) {
                overview.save(opened(opened, sequenceNumber));
            }
            return;
        }
        overview.findByCaseId(event.caseId())
                .filter(row -> row.version() < sequenceNumber)
                .ifPresentOrElse(row -> overview.save(next(row, event, sequenceNumber)),
                        () -> log.debug("Skipped event {} of case {}: projected already, or the case is unknown",
                                sequenceNumber, event.caseId()));
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
