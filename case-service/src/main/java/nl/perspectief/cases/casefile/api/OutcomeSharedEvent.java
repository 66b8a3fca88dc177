package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * The outcome was shared with a third party with both parties' consent. The content is confidential and
 * its subject is the case itself (as for case notes), so erasing the case erases it; the recipient is an
 * organisation and stays readable, so the stream tells to whom and how without the words.
 */
public record OutcomeSharedEvent(
        UUID caseId,
        UUID shareId,
        String recipient,
        OutcomeShareForm form,
        @PersonalData(subject = "caseId") String content,
        Instant sharedAt,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
