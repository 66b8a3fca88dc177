package nl.perspectief.cases.casefile.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.ReadModelNames;
import nl.perspectief.cases.casefile.api.CaseStep;
import nl.perspectief.cases.casefile.api.ActiveConsentView;
import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.casefile.api.CaseOpenedEvent;
import nl.perspectief.cases.casefile.api.ConsentRecordedEvent;
import nl.perspectief.cases.casefile.api.ConsentWithdrawnEvent;
import nl.perspectief.cases.casefile.api.PartyAddedEvent;
import nl.perspectief.cases.casefile.api.PartyRole;

/**
 * Projects every case event into {@code case_timeline}, with the consents that held after it: the
 * previous row of the case carries them, so each event is folded onto it. A tracking processor of its
 * own: a reset empties the table and replays every case event. A batch of events is folded in memory and inserted
 * together ({@link EventBatch}).
 */
@Component
@ProcessingGroup(CaseTimelineProjection.PROCESSING_GROUP)
class CaseTimelineProjection {

    static final String PROCESSING_GROUP = ReadModelNames.TIMELINE;

    private final CaseTimelineRepository timeline;

    CaseTimelineProjection(CaseTimelineRepository timeline) {
        this.timeline = timeline;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber Long sequenceNumber, @MessageIdentifier String eventId,
            @Timestamp Instant recordedAt) {
        EventBatch.with(PROCESSING_GROUP, Rows::new, rows -> timeline.insertAll(rows.added), rows -> {
            CaseTimelineRow row = next(event, sequenceNumber, eventId, recordedAt, rows.latestBefore(event.caseId(),
                    sequenceNumber));
            rows.added(row);
        });
    }

    /**
     * The rows of the batch: each case's latest row kept, so the next event of the case is folded onto it without
     * reading it back, and the new rows, inserted together as the batch commits. An event already in the table (a
     * redelivery) is folded again onto the row before it, to the same row, whose insert does nothing.
     */
    private final class Rows {

        private final Map<UUID, CaseTimelineRow> latest = new HashMap<>();
        private final List<CaseTimelineRow> added = new ArrayList<>();

        TimelineDocument latestBefore(UUID caseId, long sequenceNumber) {
            CaseTimelineRow known = latest.get(caseId);
            if (known == null || known.sequenceNumber() >= sequenceNumber) {
                known = timeline.latestBefore(caseId, sequenceNumber).orElse(null);
            }
            return known == null ? null : known.document();
        }

        void added(CaseTimelineRow row) {
            added.add(row);
            latest.merge(row.caseId(), row, (kept, next) -> next.sequenceNumber() > kept.sequenceNumber() ? next : kept);
        }
    }

    private static CaseTimelineRow next(CaseEvent event, long sequenceNumber, String eventId, Instant recordedAt,
                                        TimelineDocument before) {
        Map<UUID, PartyRole> roles = before == null ? new HashMap<>() : new HashMap<>(before.partyRoles());
        Map<UUID, ActiveConsentView> consents = new LinkedHashMap<>();
        if (before != null) {
            before.consentsActiveAfter().forEach(consent -> consents.put(consent.consentId(), consent));
        }
        CaseStep step = CaseStep.of(event, roles);
        switch (event) {
            case CaseOpenedEvent e -> {
                roles.put(e.applicant().subjectId(), PartyRole.APPLICANT);
                if (e.otherParty() != null) {
                    roles.put(e.otherParty().subjectId(), PartyRole.OTHER_PARTY);
                }
            }
            case PartyAddedEvent e -> roles.put(e.partyId(), e.role());
            case ConsentRecordedEvent e -> consents.put(e.consentId(), new ActiveConsentView(e.consentId(),
                    e.partyId(), e.purpose(), e.consent().form(), e.consent().recipient(), e.method(), e.givenAt()));
            case ConsentWithdrawnEvent e -> consents.remove(e.consentId());
            default -> {
                // the other steps change neither the parties nor the consents
            }
        }
        return new CaseTimelineRow(eventId, event.caseId(), sequenceNumber, step.at(), recordedAt,
                step.performedBy() == null ? null : step.performedBy().staffId(),
                step.performedBy() == null ? null : step.performedBy().role(),
                step.type(),
                new TimelineDocument(step.description(), step.detailsSubject(), step.details(),
                        List.copyOf(new ArrayList<>(consents.values())), roles));
    }

    @ResetHandler
    void onReset() {
        timeline.deleteAll();
    }
}
