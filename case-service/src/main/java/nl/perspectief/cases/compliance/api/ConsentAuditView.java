package nl.perspectief.cases.compliance.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.ConsentProofView.NeededConsent;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * An audit of every case: how far it got, and every contact step it found taken without a consent it needed.
 *
 * @param finishedAt   {@code null} while it runs
 * @param unreplayable the cases whose events could not be replayed (the log says why): not audited, so named
 * @param failure      why it stopped before the end, {@code null} when it did not
 */
public record ConsentAuditView(
        UUID auditId,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        int casesTotal,
        int casesDone,
        long eventsReplayed,
        List<Violation> violations,
        List<UUID> unreplayable,
        String failure) {

    public boolean running() {
        return finishedAt == null;
    }

    /** @param missing the consents the step needed that did not hold at that moment */
    public record Violation(UUID caseId, long sequence, String eventId, String type, Instant recordedAt,
                            StaffMember performedBy, List<NeededConsent> missing) {
    }
}
