package nl.perspectief.events.cases.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A party withdrew a consent; it stops counting from {@code withdrawnAt}. Wire type
 * {@code ConsentWithdrawn.v1}.
 *
 * <p>Who needs it: every service that acts on that party's consent stops the steps that depend on
 * it at once; messaging-service stops relaying for the party without waiting for the
 * {@link MessageExchangeSuspended} that case-service publishes next. The reason the party gave is
 * personal and stays in case-service.
 *
 * @param partyId the data-subject id of the party who withdrew
 * @param form    the form of contact withdrawn when {@code purpose} is {@link ConsentPurpose#FORM_OF_CONTACT};
 *                {@code null} for every other purpose
 */
public record ConsentWithdrawn(
        UUID caseId,
        UUID partyId,
        ConsentPurpose purpose,
        ContactForm form,
        Instant withdrawnAt) implements CaseTopicPayload {

    public ConsentWithdrawn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
