package nl.perspectief.cases.casefile.web;

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
 * Versions from the command's own answer, and otherwise from {@code case_state}, which is written in the
 * transaction of the case's events: never from a read model that may lag behind, never from a replay.
 */
@Component
class CaseStateVersions implements CaseVersions {

    private final QueryGateway queries;

    CaseStateVersions(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Long> current(UUID caseId) {
        return queries.query(new FindCaseStateQuery(caseId), ResponseTypes.optionalInstanceOf(CaseStateView.class))
                .join()
                .map(CaseStateView::version);
    }

    @Override
    public long after(UUID caseId, CommandResultMessage<?> result, Long before) {
        if (result.getMetaData().get(CommandOutcome.VERSION_AFTER) instanceof Long version) {
            return version;
        }
        return before != null ? before : current(caseId).orElse(0L);
    }
}
