package nl.perspectief.cases.casefile.query;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseStateView;
import nl.perspectief.cases.casefile.api.FindCaseStateQuery;
import nl.perspectief.cases.casefile.api.MediatorAssignedEvent;
import nl.perspectief.cases.casefile.api.MediatorReassignedEvent;
import nl.perspectief.cases.casefile.api.MessageExchangeOpenedEvent;

/**
 * Keeps {@code case_state} (mediator and version per case) and {@code exchange_opening}. A subscribing processor:
 * it runs in the unit of work of the command that applied the event, after the event store's append and in the
 * same database transaction, so the row commits with the event or not at all (a failure here propagates and rolls
 * the command back). A request reading it right after a command sees that command; one reading it while another
 * command is under way sees the state before it, as the event store does. Every write is guarded by the event's
 * sequence number, so {@code rebuild_case_state()} (the replay, see {@code V7__case_state.sql}) changes nothing
 * that is up to date.
 */
@Component
@ProcessingGroup(CaseStateProjection.PROCESSING_GROUP)
class CaseStateProjection {

    static final String PROCESSING_GROUP = "case-state";

    private final JdbcClient jdbc;

    CaseStateProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber Long sequenceNumber) {
        String mediator = switch (event) {
            case MediatorAssignedEvent assigned -> assigned.mediatorId();
            case MediatorReassignedEvent reassigned -> reassigned.mediatorId();
            default -> null;
        };
        jdbc.sql("""
                        insert into case_state (case_id, mediator_id, version) values (:caseId, :mediator, :version)
                        on conflict (case_id) do update
                            set version = excluded.version,
                                mediator_id = coalesce(excluded.mediator_id, case_state.mediator_id)
                            where case_state.version < excluded.version
                        """)
                .param("caseId", event.caseId()).param("mediator", mediator).param("version", sequenceNumber)
                .update();
        if (event instanceof MessageExchangeOpenedEvent) {
            jdbc.sql("insert into exchange_opening (case_id, sequence_number) values (:caseId, :sequence) "
                            + "on conflict do nothing")
                    .param("caseId", event.caseId()).param("sequence", sequenceNumber)
                    .update();
        }
    }

    @QueryHandler
    Optional<CaseStateView> handle(FindCaseStateQuery query) {
        return jdbc.sql("select case_id, mediator_id, version from case_state where case_id = :caseId")
                .param("caseId", query.caseId())
                .query((rs, row) -> new CaseStateView(rs.getObject("case_id", java.util.UUID.class),
                        rs.getString("mediator_id"), rs.getLong("version")))
                .optional();
    }
}
