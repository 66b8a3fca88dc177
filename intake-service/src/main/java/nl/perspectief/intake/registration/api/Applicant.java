package nl.perspectief.intake.registration.api;

import java.util.UUID;

import nl.perspectief.events.intake.v1.ApplicantRole;
import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.personaldata.PersonalData;

/**
 * The person who registers. The story is the applicant's own account, so it is encrypted with the
 * applicant's key and erased with it.
 */
public record Applicant(
        UUID subjectId,
        ApplicantRole role,
        @PersonalData(subject = "subjectId") String fullName,
        @PersonalData(subject = "subjectId") String email,
        @PersonalData(subject = "subjectId") String phone,
        @PersonalData(subject = "subjectId") PostalAddress postalAddress,
        ContactChannel preferredChannel,
        boolean safeToLeaveMessages,
        boolean minor,
        @PersonalData(subject = "subjectId") String story) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    public boolean hasPostalAddress() {
        return postalAddress != null;
    }

    /** Keeps personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "Applicant[subjectId=" + subjectId + ", role=" + role + ", preferredChannel=" + preferredChannel + "]";
    }
}
