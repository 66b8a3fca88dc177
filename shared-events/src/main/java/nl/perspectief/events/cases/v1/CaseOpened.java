package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A case exists and waits for triage. Wire type {@code CaseOpened.v1}.
 *
 * <p>Who needs it: messaging-service prepares the case's correspondence (it can accept nothing for
 * a case it never heard of); intake-service and reporting can link a registration to the case it
 * became. Only the facts needed for that travel: the applicant's story, names and contact details
 * stay in case-service.
 *
 * @param registrationId        the intake registration the case came from; {@code null} for a case the
 *                              desk opened from a phone call or an email, which never passed intake
 * @param registrationReference the reference the applicant was given ({@code PH-2026-00042}); {@code null}
 *                              exactly when {@code registrationId} is
 * @param source                where the request for mediation came in
 * @param incidentCategory      the kind of event the case is about, for routing and reporting
 * @param openedAt              when case-service opened the case
 */
public record CaseOpened(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        CaseSource source,
        IncidentCategory incidentCategory,
        Instant openedAt) implements CaseTopicPayload {

    public CaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(incidentCategory, "incidentCategory");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
