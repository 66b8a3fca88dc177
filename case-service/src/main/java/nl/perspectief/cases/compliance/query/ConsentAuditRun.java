package nl.perspectief.cases.compliance.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.compliance.api.ConsentAuditView;
import nl.perspectief.cases.compliance.api.ConsentAuditView.Violation;

/** One audit while it runs and after: its progress and what it found, added to by several replay threads. */
final class ConsentAuditRun {

    private final UUID auditId;
    private final String startedBy;
    private final Instant startedAt;
    private final List<Violation> violations = new ArrayList<>();
    private final List<UUID> unreplayable = new ArrayList<>();
    private int casesTotal;
    private int casesDone;
    private long eventsReplayed;
    private Instant finishedAt;
    private String failure;

    ConsentAuditRun(UUID auditId, String startedBy, Instant startedAt) {
        this.auditId = auditId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    UUID auditId() {
        return auditId;
    }

    synchronized void begin(int cases) {
        casesTotal = cases;
    }

    synchronized void add(UUID caseId, Optional<ConsentProofView> proof) {
        casesDone++;
        proof.ifPresent(found -> {
            eventsReplayed += found.eventsReplayed();
            found.steps().stream().filter(step -> !step.allHeld()).forEach(step -> violations.add(new Violation(caseId,
                    step.sequence(), step.eventId(), step.type(), step.recordedAt(), step.performedBy(),
                    step.needed().stream().filter(consent -> consent.heldBy() == null).toList())));
        });
    }

    synchronized void unreplayable(UUID caseId) {
        casesDone++;
        unreplayable.add(caseId);
    }

    synchronized void finish(Instant at, String why) {
        finishedAt = at;
        failure = why;
    }

    synchronized ConsentAuditView view() {
        return new ConsentAuditView(auditId, startedBy, startedAt, finishedAt, casesTotal, casesDone, eventsReplayed,
                violations.stream().sorted(Comparator.comparing(Violation::recordedAt)
                        .thenComparing(Violation::sequence)).toList(), List.copyOf(unreplayable), failure);
    }
}
