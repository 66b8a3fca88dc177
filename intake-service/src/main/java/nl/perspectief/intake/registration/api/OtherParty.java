package nl.perspectief.intake.registration.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * The person the applicant wants contact with. Even an unknown other party gets a subject id, so
 * that whatever is learned about them later can be erased on its own.
 */
public record OtherParty(
        UUID subjectId,
        boolean known,
        @PersonalData(subject = "subjectId") String fullName,
        @PersonalData(subject = "subjectId") String relationship) {

    public boolean hasFullName() {
        return fullName != null && !fullName.isBlank();
    }

    public boolean hasRelationship() {
        return relationship != null && !relationship.isBlank();
    }

    @Override
    public String toString() {
        return "OtherParty[subjectId=" + subjectId + ", known=" + known + "]";
    }
}
