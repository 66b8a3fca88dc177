package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * For every contact step of a case (an approach of the other party's side, naming the applicant, agreeing the form,
 * each meeting and conference scheduled, moved or held, the exchange opened or resumed, an outcome shared): the
 * consents the step needed by the case's own rules, and for each the consent that held at that moment and the event
 * that granted it, or none. Built by replaying the case's events through the {@code Case} aggregate.
 *
 * @param eventsReplayed every event of the case, replayed from the first
 */
public record ConsentProofView(UUID caseId, int eventsReplayed, List<StepProof> steps) {

    /** Whether every step had every consent it needed. */
    public boolean clean() {
        return steps.stream().allMatch(StepProof::allHeld);
    }

    /**
     * @param type the step's event, as the timeline names it ({@code MEETING_SCHEDULED}, …)
     * @param at   when the member of staff says it happened; {@code recordedAt} when the event was stored
     */
    public record StepProof(long sequence, String eventId, String type, Instant recordedAt, Instant at,
                            StaffMember performedBy, List<NeededConsent> needed) {

        public boolean allHeld() {
            return needed.stream().allMatch(consent -> consent.heldBy() != null);
        }
    }

    /** @param heldBy the consent that held at the moment of the step; {@code null}: none did */
    public record NeededConsent(UUID partyId, ConsentPurpose purpose, ContactForm form, String recipient,
                                CaseAsOfView.ConsentAsOf heldBy) {
    }
}
