package nl.perspectief.cases.casefile.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseOpenedEvent;

/**
 * Projects cases into {@code case_overview}. A tracking processor with its token in PostgreSQL: after
 * a reset it replays every case event and rebuilds the table from nothing.
 */
@Component
@ProcessingGroup(CaseOverviewProjection.PROCESSING_GROUP)
class CaseOverviewProjection {

    static final String PROCESSING_GROUP = "case-overview";

    private final CaseOverviewRepository overview;

    CaseOverviewProjection(CaseOverviewRepository overview) {
        this.overview = overview;
    }

    @EventHandler
    void on(CaseOpenedEvent event) {
        overview.save(new CaseOverviewRow(
                event.caseId(),
                event.registrationId(),
                event.registrationReference(),
                event.status(),
                event.incident().category().name(),
                event.openedAt(),
                new CaseDetailsDocument(event.source(), event.submittedAt(), event.applicant(),
                        event.otherParty(), event.incident(), event.story(), event.referrer())));
    }

    @ResetHandler
    void onReset() {
        overview.deleteAll();
    }
}
