package nl.perspectief.cases.casefile.api;

import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * The person who registered. The subject id is the one intake gave them, so an erasure announced for
 * that subject shreds this copy too. Role, channel and the two flags stay in clear: triage needs them
 * and they identify no one.
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
        boolean minor) {
}
