package nl.perspectief.cases.casefile.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.FindCaseTimelineQuery;
import nl.perspectief.cases.casefile.api.PartyRole;

/**
 * Answers a case's timeline from {@code case_timeline}, decrypting each step's own words, with the steps of the
 * parties' correspondence from {@code correspondence_step} among them ({@link CorrespondenceInTimeline}). A case
 * with no steps of its own has no timeline, whatever was reported about it.
 */
@Component
class CaseTimelineQueryHandler {

    private final CaseTimelineRepository timeline;
    private final CorrespondenceStepRepository correspondence;

    CaseTimelineQueryHandler(CaseTimelineRepository timeline, CorrespondenceStepRepository correspondence) {
        this.timeline = timeline;
        this.correspondence = correspondence;
    }

    @QueryHandler
    CaseTimelineView handle(FindCaseTimelineQuery query) {
        List<CaseTimelineRow> rows = timeline.findByCaseId(query.caseId());
        if (rows.isEmpty()) {
            return new CaseTimelineView(query.caseId(), List.of());
        }
        List<CaseTimelineView.Entry> own = rows.stream()
                .map(row -> new CaseTimelineView.Entry(row.sequenceNumber(), row.eventId(), row.at(),
                        row.recordedAt(), row.staffId(), row.staffRole(), row.type(),
                        row.document().description(), row.document().details(),
                        row.document().consentsActiveAfter(), null))
                .toList();
        // the parties known once the last step was taken: every party the correspondence can be between
        Map<UUID, PartyRole> roles = rows.getLast().document().partyRoles();
        return new CaseTimelineView(query.caseId(),
                CorrespondenceInTimeline.merge(own, roles, correspondence.findByCaseId(query.caseId())));
    }
}
