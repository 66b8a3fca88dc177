package nl.perspectief.cases.steps;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.FindCaseStatusQuery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * When the read model shows a version of a case. The read model follows the event store a moment later; a page
 * sent right after a step should show that step, so its answer waits for it: through a subscription query on the
 * case's status (the status reads no personal data and so is not an access to log), which the read model's
 * projection updates as it saves the case's row. Nothing polls and no thread is held while waiting. Bounded: after
 * {@link #PATIENCE} the answer goes out anyway and the page shows what there is (a form sent from it then meets the
 * version check, never a silent overwrite). The updates are this service instance's own: with several instances,
 * an instance whose projection does not hold the case's segment waits out its patience.
 */
@Component
class ReadModelCatchUp {

    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final QueryGateway queries;

    ReadModelCatchUp(QueryGateway queries) {
        this.queries = queries;
    }

    /** Completes once the read model shows {@code version} of the case (or later), or once patience runs out. */
    CompletableFuture<Void> reached(UUID caseId, long version) {
        SubscriptionQueryResult<Optional<CaseStatusView>, CaseStatusView> status = queries.subscriptionQuery(
                new FindCaseStatusQuery(caseId),
                ResponseTypes.optionalInstanceOf(CaseStatusView.class),
                ResponseTypes.instanceOf(CaseStatusView.class));
        return Flux.concat(status.initialResult().flatMap(Mono::justOrEmpty), status.updates())
                .filter(seen -> seen.version() >= version)
                .next()
                .timeout(PATIENCE, Mono.empty())
                .doFinally(signal -> status.close())
                .toFuture()
                .thenApply(seen -> null);
    }
}
