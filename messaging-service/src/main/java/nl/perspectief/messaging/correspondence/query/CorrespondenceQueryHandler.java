package nl.perspectief.messaging.correspondence.query;

import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.messaging.correspondence.api.CorrespondenceStateView;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSummaryView;
import nl.perspectief.messaging.correspondence.api.FindCorrespondenceStateQuery;
import nl.perspectief.messaging.correspondence.api.CorrespondenceView;
import nl.perspectief.messaging.correspondence.api.FindCorrespondenceQuery;
import nl.perspectief.messaging.correspondence.api.FindCorrespondencesQuery;

/** Answers what the pages and the API read; who may read what is the web layer's ({@code CorrespondenceReading}). */
@Component
class CorrespondenceQueryHandler {

    private final CorrespondenceRepository repository;

    CorrespondenceQueryHandler(CorrespondenceRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    Optional<CorrespondenceView> handle(FindCorrespondenceQuery query) {
        return repository.find(query.caseId());
    }

    @QueryHandler
    Optional<CorrespondenceStateView> handle(FindCorrespondenceStateQuery query) {
        return repository.state(query.caseId());
    }

    @QueryHandler
    List<CorrespondenceSummaryView> handle(FindCorrespondencesQuery query) {
        return repository.list(query.mediatorId());
    }
}
