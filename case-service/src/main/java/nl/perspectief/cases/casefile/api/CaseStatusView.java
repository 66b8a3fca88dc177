package nl.perspectief.cases.casefile.api;

import java.util.UUID;

/**
 * Where a case stands and who runs it, nothing more: no personal data, no incident. What need-to-know is
 * decided on, and all the desk may read of a case once a mediator has it.
 *
 * @param registrationReference {@code null} for a case the desk opened from a phone call or an email
 * @param mediatorId            {@code null} until a mediator is assigned
 * @param version               the case's version, for {@code If-Match}
 */
public record CaseStatusView(UUID caseId, String registrationReference, CaseStatus status, String mediatorId,
                             long version) {
}
