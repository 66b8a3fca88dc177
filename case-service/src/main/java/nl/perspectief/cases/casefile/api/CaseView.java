package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as staff read it, decrypted. Its parts are its own records, not the events' ones: they
 * carry no {@code @PersonalData}, so no JSON mapper that knows the personal-data module encrypts them
 * again on the way out.
 */
public record CaseView(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        CaseStatus status,
        Instant openedAt,
        CaseSource source,
        Instant submittedAt,
        Applicant applicant,
        OtherParty otherParty,
        Incident incident,
        String story,
        Referrer referrer) {

    public record Applicant(
            UUID subjectId,
            ApplicantRole role,
            String fullName,
            String email,
            String phone,
            PostalAddress postalAddress,
            ContactChannel preferredChannel,
            boolean safeToLeaveMessages,
            boolean minor) {
    }

    public record PostalAddress(String street, String postalCode, String city, String country) {
    }

    public record OtherParty(UUID subjectId, boolean known, String fullName, String relationship) {
    }

    public record Incident(
            IncidentCategory category,
            String approximateDate,
            boolean policeReportFiled,
            CriminalProceedings criminalProceedings) {
    }

    public record Referrer(
            UUID subjectId,
            String organisation,
            String fullName,
            String email,
            String phone) {
    }
}
