package nl.perspectief.cases.casefile.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseAsOfView;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseStep;
import nl.perspectief.cases.casefile.api.Consent;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.ConsentProofView.NeededConsent;
import nl.perspectief.cases.casefile.api.ConsentProofView.StepProof;
import nl.perspectief.cases.casefile.api.FindCaseAsOfQuery;
import nl.perspectief.cases.casefile.api.FindConsentProofQuery;

/**
 * A case replayed for compliance, never from a read model: every event from the first (not from a snapshot) is
 * applied to a new {@link Case} through Axon's own model of the aggregate, so the same event sourcing handlers that
 * load a case for a command build the state a compliance officer sees, and the same rules that refuse a step say what
 * it needed ({@link Case#consentsNeededFor}). It reads and changes nothing: no command, no event, no snapshot.
 */
@Component
class CaseReplay {

    private static final AggregateModel<Case> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Case.class);

    private final EventStore events;

    CaseReplay(EventStore events) {
        this.events = events;
    }

    @QueryHandler
    Optional<CaseAsOfView> handle(FindCaseAsOfQuery query) {
        return asOf(query.caseId(), query.moment(), events.readEvents(query.caseId().toString(), 0));
    }

    @QueryHandler
    Optional<ConsentProofView> handle(FindConsentProofQuery query) {
        return proofOf(query.caseId(), events.readEvents(query.caseId().toString(), 0));
    }

    /** The case after every event recorded up to and including {@code moment}; empty when it has no events at all. */
    static Optional<CaseAsOfView> asOf(UUID caseId, Instant moment, DomainEventStream stream) {
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Case kase = new Case();
        int replayed = 0;
        Long lastSequence = null;
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(moment)) {
            DomainEventMessage<?> event = stream.next();
            MODEL.publish(event, kase);
            replayed++;
            lastSequence = event.getSequenceNumber();
        }
        return Optional.of(kase.asOf(caseId, moment, replayed, lastSequence));
    }

    /** Every contact step with the consents it needed, judged on the state right before it. */
    static Optional<ConsentProofView> proofOf(UUID caseId, Iterator<? extends DomainEventMessage<?>> stream) {
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Case kase = new Case();
        int replayed = 0;
        List<StepProof> steps = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof CaseEvent step) {
                List<Consent> needed = kase.consentsNeededFor(step);
                if (!needed.isEmpty()) {
                    CaseStep told = CaseStep.of(step, Map.of());
                    steps.add(new StepProof(event.getSequenceNumber(), event.getIdentifier(), told.type(),
                            event.getTimestamp(), told.at(), told.performedBy(),
                            needed.stream().map(consent -> new NeededConsent(consent.partyId(), consent.purpose(),
                                    consent.form(), consent.recipient(), kase.grantOf(consent).orElse(null))).toList()));
                }
            }
            MODEL.publish(event, kase);
            replayed++;
        }
        return Optional.of(new ConsentProofView(caseId, replayed, List.copyOf(steps)));
    }
}
