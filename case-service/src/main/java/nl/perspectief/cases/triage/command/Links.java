package nl.perspectief.cases.triage.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import nl.perspectief.cases.casefile.api.CaseLinkedEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.CommandOutcome;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.triage.api.LinkCaseCommand;

/** The desk's links from a case to related cases and duplicates, a member of the {@code Case} aggregate. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Links {

    private UUID caseId;
    private Set<CaseLink> links = new LinkedHashSet<>();

    public CommandOutcome link(LinkCaseCommand command) {
        if (caseId.equals(command.linkedCaseId())) {
            throw new CaseLinkedToItselfException(caseId);
        }
        if (links.contains(new CaseLink(command.linkedCaseId(), command.linkType()))) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new CaseLinkedEvent(caseId, command.linkedCaseId(), command.linkType(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
    }

    @EventSourcingHandler
    void on(CaseLinkedEvent event) {
        links.add(new CaseLink(event.linkedCaseId(), event.linkType()));
    }

    record CaseLink(UUID linkedCaseId, LinkType linkType) {
    }
}
