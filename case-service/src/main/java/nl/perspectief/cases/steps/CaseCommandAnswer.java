package nl.perspectief.cases.steps;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The answer to every accepted step: the case's version after it (also the {@code ETag}), whether
 * anything changed, and the ids this layer made up for what the step created.
 *
 * @param changed {@code false} when the case already was as asked (a repeated consent, the same mediator)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseCommandAnswer(
        UUID caseId,
        long version,
        boolean changed,
        UUID applicantId,
        UUID otherPartyId,
        UUID partyId,
        UUID consentId,
        UUID meetingId,
        UUID noteId,
        UUID outcomeShareId) {

    /** The answer as the API gives it: 200 with the new version as {@code ETag}. */
    public ResponseEntity<CaseCommandAnswer> asResponse() {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, ExpectedVersion.etagOf(version)).body(this);
    }

    public static CaseCommandAnswer of(UUID caseId, long version, boolean changed) {
        return new CaseCommandAnswer(caseId, version, changed, null, null, null, null, null, null, null);
    }

    public CaseCommandAnswer withOpened(UUID applicantId, UUID otherPartyId) {
        return new CaseCommandAnswer(caseId, version, changed, applicantId, otherPartyId, null, null, null, null, null);
    }

    public CaseCommandAnswer withParty(UUID id) {
        return new CaseCommandAnswer(caseId, version, changed, null, null, id, null, null, null, null);
    }

    public CaseCommandAnswer withConsent(UUID id) {
        return new CaseCommandAnswer(caseId, version, changed, null, null, null, id, null, null, null);
    }

    public CaseCommandAnswer withMeeting(UUID id) {
        return new CaseCommandAnswer(caseId, version, changed, null, null, null, null, id, null, null);
    }

    public CaseCommandAnswer withNote(UUID id) {
        return new CaseCommandAnswer(caseId, version, changed, null, null, null, null, null, id, null);
    }

    public CaseCommandAnswer withOutcomeShare(UUID id) {
        return new CaseCommandAnswer(caseId, version, changed, null, null, null, null, null, null, id);
    }
}
