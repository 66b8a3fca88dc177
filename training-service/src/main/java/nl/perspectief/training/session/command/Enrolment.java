package nl.perspectief.training.session.command;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.EnrolmentStatus;

/**
 * What the session keeps of one enrolment. The person key decides who may enrol again; the name and registration
 * number are what a certificate shows. They are the participant's, so a snapshot holds them encrypted too.
 *
 * @param offerId the place offered, kept once taken so that taking it twice is answered
 */
record Enrolment(UUID participantId,
                 @PersonalData(subject = "participantId") String personKey,
                 @PersonalData(subject = "participantId") String name,
                 @PersonalData(subject = "participantId") String professionalRegistrationNumber,
                 EnrolmentStatus status, UUID offerId, Instant offerExpiresAt, CompletionOutcome completion,
                 UUID certificateId) {

    /** Has or wants a place: one person may hold one such enrolment at a time. */
    boolean active() {
        return status != EnrolmentStatus.CANCELLED;
    }

    boolean holdsOffer(UUID offer) {
        return status == EnrolmentStatus.OFFERED && offerId.equals(offer);
    }

    Enrolment in(EnrolmentStatus newStatus) {
        return new Enrolment(participantId, personKey, name, professionalRegistrationNumber, newStatus, offerId,
                null, completion, certificateId);
    }

    Enrolment offered(UUID offer, Instant expiresAt) {
        return new Enrolment(participantId, personKey, name, professionalRegistrationNumber, EnrolmentStatus.OFFERED,
                offer, expiresAt, completion, certificateId);
    }

    Enrolment completed(CompletionOutcome outcome) {
        return new Enrolment(participantId, personKey, name, professionalRegistrationNumber, status, offerId,
                offerExpiresAt, outcome, certificateId);
    }

    Enrolment certified(UUID certificate) {
        return new Enrolment(participantId, personKey, name, professionalRegistrationNumber, status, offerId,
                offerExpiresAt, completion, certificate);
    }

    /** Keeps personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "Enrolment[participantId=" + participantId + ", status=" + status + "]";
    }
}
