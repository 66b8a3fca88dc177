package nl.perspectief.intake.registration.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A professional who registers on the applicant's behalf; the organisation is not personal data. */
public record Referrer(
        UUID subjectId,
        String organisation,
        @PersonalData(subject = "subjectId") String fullName,
        @PersonalData(subject = "subjectId") String email,
        @PersonalData(subject = "subjectId") String phone,
        boolean clientConsentConfirmed) {

    @Override
    public String toString() {
        return "Referrer[subjectId=" + subjectId + ", clientConsentConfirmed=" + clientConsentConfirmed + "]";
    }
}
