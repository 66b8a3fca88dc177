package nl.perspectief.events.intake.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A person registered for restorative mediation. Wire type {@code RegistrationSubmitted.v1} on
 * {@link nl.perspectief.events.Topics#INTAKE_REGISTRATIONS_V1}, keyed by {@code registrationId}.
 *
 * <p>Carries personal data because case-service needs it to open the case; every person in it has
 * a data-subject id, so an erasure announced later can name them.
 */
public record RegistrationSubmitted(
        UUID registrationId,
        String reference,
        Instant submittedAt,
        RegistrationSource source,
        Applicant applicant,
        Incident incident,
        OtherParty otherParty,
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

    /**
     * @param approximateDate as precise as the applicant knows it: {@code 2015}, {@code 2015-09} or {@code 2015-09-14}
     */
    public record Incident(
            IncidentCategory category,
            String approximateDate,
            boolean policeReportFiled,
            CriminalProceedings criminalProceedings) {
    }

    /** The person the applicant wants contact with; name and relationship may be unknown. */
    public record OtherParty(UUID subjectId, boolean known, String fullName, String relationship) {
    }

    /** A professional who registered on the applicant's behalf, with the applicant's consent. */
    public record Referrer(
            UUID subjectId,
            String organisation,
            String fullName,
            String email,
            String phone,
            boolean clientConsentConfirmed) {
    }
}
