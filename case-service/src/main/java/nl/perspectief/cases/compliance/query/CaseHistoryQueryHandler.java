package nl.perspectief.cases.compliance.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CaseStep;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.compliance.api.CaseHistoryView;
import nl.perspectief.cases.compliance.api.CaseHistoryView.HistoryEntry;
import nl.perspectief.cases.compliance.api.FindCaseHistoryQuery;
import nl.perspectief.cases.config.AxonConfiguration;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.personaldata.StoredPersonalData;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's history from the event store itself: every event from the first, its message's ids and metadata as Axon
 * stored them, its words as the timeline tells them, and its payload exactly as stored with the personal data opened
 * for the reader (or marked as erased). Nothing here is a read model.
 */
@Component
class CaseHistoryQueryHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventStore events;
    private final JdbcClient jdbc;
    private final StoredPersonalData personalData;

    CaseHistoryQueryHandler(EventStore events, JdbcClient jdbc, StoredPersonalData personalData) {
        this.events = events;
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @QueryHandler
    Optional<CaseHistoryView> handle(FindCaseHistoryQuery query) {
        DomainEventStream stream = events.readEvents(query.caseId().toString(), 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Map<Long, byte[]> stored = storedPayloads(query.caseId());
        Map<UUID, PartyRole> roles = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            CaseEvent payload = (CaseEvent) event.getPayload();
            learnRoles(payload, roles);
            CaseStep step = CaseStep.of(payload, roles);
            MetaData metaData = event.getMetaData();
            entries.add(new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(), step.type(),
                    step.description(), event.getTimestamp(), step.at(),
                    step.performedBy() == null ? null : step.performedBy().staffId(),
                    step.performedBy() == null ? null : step.performedBy().role(),
                    text(metaData.get(AxonConfiguration.COMMAND_NAME)), text(metaData.get("correlationId")),
                    text(metaData.get("traceId")), text(metaData.get(CorrelationMetaData.KEY)),
                    event.getPayloadType().getName(), revealed(stored.get(event.getSequenceNumber()))));
        }
        return Optional.of(new CaseHistoryView(query.caseId(), List.copyOf(entries), Map.copyOf(roles)));
    }

    private Map<Long, byte[]> storedPayloads(UUID caseId) {
        Map<Long, byte[]> payloads = new HashMap<>();
        jdbc.sql("select sequence_number, payload from domain_event_entry where aggregate_identifier = ?")
                .param(caseId.toString())
                .query((row, n) -> payloads.put(row.getLong(1), row.getBytes(2)))
                .list();
        return payloads;
    }

    private String revealed(byte[] stored) {
        return stored == null ? null : JSON.writeValueAsString(personalData.reveal(JSON.readTree(stored)));
    }

    /** The parties by role as the events introduce them, so the words name them by role as the timeline does. */
    private static void learnRoles(CaseEvent event, Map<UUID, PartyRole> roles) {
        if (event instanceof CaseOpenedEvent opened) {
            roles.put(opened.applicant().subjectId(), PartyRole.APPLICANT);
            if (opened.otherParty() != null) {
                roles.put(opened.otherParty().subjectId(), PartyRole.OTHER_PARTY);
            }
        } else if (event instanceof PartyAddedEvent added) {
            roles.put(added.partyId(), added.role());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
