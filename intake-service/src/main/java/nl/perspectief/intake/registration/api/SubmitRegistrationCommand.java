package nl.perspectief.intake.registration.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a person for mediation, as the website posted it. Ids, subject ids and the time are
 * chosen by the caller so that the aggregate stays deterministic; the human reference is allocated
 * by the command side inside the same transaction.
 *
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param requestSha256  the hash of the request the key was first used with, or null without a key
 * @param referrer       null when the applicant registers personally
 */
public record SubmitRegistrationCommand(
        @TargetAggregateIdentifier UUID registrationId,
        Instant submittedAt,
        Applicant applicant,
        Incident incident,
        OtherParty otherParty,
        Referrer referrer,
        boolean privacyStatementAccepted,
        String idempotencyKey,
        String requestSha256) {
}
