package nl.perspectief.cases.casefile.query;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.FindCaseTimelineQuery;

/** Answers a case's timeline from {@code case_timeline}, decrypting each step's own words. */
@Component
class CaseTimelineQueryHandler {

    private final CaseTimelineRepository timeline;

    CaseTimelineQueryHandler(CaseTimelineRepository timeline) {
        this.timeline = timeline;
    }

    @QueryHandler
    CaseTimelineView handle(FindCaseTimelineQuery query) {
        return new CaseTimelineView(query.caseId(), timeline.findByCaseId(query.caseId()).stream()
                .map(row -> new CaseTimelineView.Entry(row.sequenceNumber(), row.eventId(), row.at(),
                        row.recordedAt(), row.staffId(), row.staffRole(), row.type(),
                        row.document().description(), row.document().details(),
                        row.document().consentsActiveAfter()))
                .toList());
    }
}
