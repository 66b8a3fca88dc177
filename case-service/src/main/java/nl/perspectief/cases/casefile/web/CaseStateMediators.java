package nl.perspectief.cases.casefile.web;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseStateView;
import nl.perspectief.cases.casefile.api.FindCaseStateQuery;

/**
 * From {@code case_state}, kept in the transaction of the case's events, not from the read model that follows a
 * moment later: a case assigned a moment ago is its mediator's at once, and one reassigned a moment ago is no
 * longer the previous mediator's. One row, whatever the length of the case.
 */
@Component
class CaseStateMediators implements CaseMediators {

    private final QueryGateway queries;

    CaseStateMediators(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Assignment> of(UUID caseId) {
        return queries.query(new FindCaseStateQuery(caseId), ResponseTypes.optionalInstanceOf(CaseStateView.class))
                .join()
                .map(state -> new Assignment(state.mediatorId()));
    }
}
