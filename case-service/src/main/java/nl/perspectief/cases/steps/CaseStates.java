package nl.perspectief.cases.steps;

import nl.perspectief.cases.casefile.web.CaseMediators;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseStateView;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.FindCaseStateQuery;

/**
 * A case's mediator and version from {@code case_state}, kept in the transaction of the case's events, not from
 * the read model that follows a moment later and never from a replay: a case assigned a moment ago is its
 * mediator's at once, one reassigned a moment ago is no longer the previous mediator's. One row, whatever the
 * length of the case. A step's version comes from the command's own answer where it gives one.
 */
@Component
class CaseStates implements CaseMediators, CaseVersions {

    private final QueryGateway queries;

    CaseStates(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Assignment> of(UUID caseId) {
        return stateOf(caseId).map(state -> new Assignment(state.mediatorId()));
    }

    @Override
    public Optional<Long> current(UUID caseId) {
        return stateOf(caseId).map(CaseStateView::version);
    }

    @Override
    public long after(UUID caseId, CommandResultMessage<?> result, Long before) {
        if (result.getMetaData().get(CommandOutcome.VERSION_AFTER) instanceof Long version) {
            return version;
        }
        return before != null ? before : current(caseId).orElse(0L);
    }

    private Optional<CaseStateView> stateOf(UUID caseId) {
        return queries.query(new FindCaseStateQuery(caseId), ResponseTypes.optionalInstanceOf(CaseStateView.class)).join();
    }
}
