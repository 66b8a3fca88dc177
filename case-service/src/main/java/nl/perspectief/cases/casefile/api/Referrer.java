package nl.perspectief.cases.casefile.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A professional who registered on the applicant's behalf; the organisation is no personal data. */
public record Referrer(
        UUID subjectId,
        String organisation,
        @PersonalData(subject = "subjectId") String fullName,
        @PersonalData(subject = "subjectId") String email,
        @PersonalData(subject = "subjectId") String phone,
        boolean clientConsentConfirmed) {
}
