package nl.perspectief.intake.registration;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.events.intake.v1.ApplicantRole;
import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.CriminalProceedings;
import nl.perspectief.events.intake.v1.IncidentCategory;
import nl.perspectief.intake.registration.api.Applicant;
import nl.perspectief.intake.registration.api.Incident;
import nl.perspectief.intake.registration.api.OtherParty;
import nl.perspectief.intake.registration.api.PostalAddress;
import nl.perspectief.intake.registration.api.Referrer;
import nl.perspectief.intake.registration.api.SubmitRegistrationCommand;

/** Test data for registrations: the example, and builders for its variations. */
public final class RegistrationFixtures {

    public static final UUID REGISTRATION_ID = UUID.fromString("3f2b8c4d-9e1a-4b7c-8d6e-5f4a3b2c1d0e");
    public static final Instant SUBMITTED_AT = Instant.parse("2026-03-14T22:41:07Z");

    /** The JSON the website posts, as in the issue. */
    public static final String WEBSITE_JSON = """
            {
              "applicant": {
                "role": "VICTIM",
                "fullName": "Julia de Vries",
                "email": "julia@example.org",
                "phone": "+31 6 12345678",
                "postalAddress": null,
                "preferredChannel": "EMAIL",
                "safeToLeaveMessages": false,
                "minor": false
              },
              "incident": {
                "category": "SEXUAL_TRANSGRESSION",
                "approximateDate": "2015-09",
                "policeReportFiled": false,
                "criminalProceedings": "NONE"
              },
              "otherParty": { "known": true, "fullName": "Peter Bakker", "relationship": "family friend, tutor" },
              "story": "He tutored me almost every week in high school. I want him to know how it affected me.",
              "referrer": null,
              "privacyStatementAccepted": true,
              "website": ""
            }
            """;

    public static Applicant applicant() {
        return new Applicant(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), ApplicantRole.VICTIM,
                "Julia de Vries", "julia@example.org", "+31 6 12345678", null, ContactChannel.EMAIL, false, false,
                "He tutored me almost every week in high school.");
    }

    public static Applicant applicantReachableOnlyBy(String email, String phone, PostalAddress address, ContactChannel preferred) {
        Applicant a = applicant();
        return new Applicant(a.subjectId(), a.role(), a.fullName(), email, phone, address, preferred,
                a.safeToLeaveMessages(), a.minor(), a.story());
    }

    public static PostalAddress address() {
        return new PostalAddress("Oudegracht 1", "3511 AA", "Utrecht", null);
    }

    public static Incident incident() {
        return incidentOn("2015-09");
    }

    public static Incident incidentOn(String approximateDate) {
        return new Incident(IncidentCategory.SEXUAL_TRANSGRESSION, approximateDate, false, CriminalProceedings.NONE);
    }

    public static OtherParty knownOtherParty() {
        return new OtherParty(UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), true, "Peter Bakker",
                "family friend, tutor");
    }

    public static OtherParty otherParty(boolean known, String fullName, String relationship) {
        return new OtherParty(knownOtherParty().subjectId(), known, fullName, relationship);
    }

    public static Referrer referrer(boolean clientConsentConfirmed) {
        return new Referrer(UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"), "Slachtofferhulp Nederland",
                "Ria Jansen", "ria@example.org", null, clientConsentConfirmed);
    }

    public static SubmitRegistrationCommand submit() {
        return new SubmitRegistrationCommand(REGISTRATION_ID, SUBMITTED_AT, applicant(), incident(), knownOtherParty(),
                null, true, null, null);
    }

    public static SubmitRegistrationCommand submit(Applicant applicant) {
        SubmitRegistrationCommand c = submit();
        return new SubmitRegistrationCommand(c.registrationId(), c.submittedAt(), applicant, c.incident(),
                c.otherParty(), c.referrer(), c.privacyStatementAccepted(), null, null);
    }

    public static SubmitRegistrationCommand submit(Incident incident) {
        SubmitRegistrationCommand c = submit();
        return new SubmitRegistrationCommand(c.registrationId(), c.submittedAt(), c.applicant(), incident,
                c.otherParty(), c.referrer(), c.privacyStatementAccepted(), null, null);
    }

    public static SubmitRegistrationCommand submit(OtherParty otherParty) {
        SubmitRegistrationCommand c = submit();
        return new SubmitRegistrationCommand(c.registrationId(), c.submittedAt(), c.applicant(), c.incident(),
                otherParty, c.referrer(), c.privacyStatementAccepted(), null, null);
    }

    public static SubmitRegistrationCommand submit(Referrer referrer) {
        SubmitRegistrationCommand c = submit();
        return new SubmitRegistrationCommand(c.registrationId(), c.submittedAt(), c.applicant(), c.incident(),
                c.otherParty(), referrer, c.privacyStatementAccepted(), null, null);
    }

    public static SubmitRegistrationCommand submitWithoutPrivacyStatement() {
        SubmitRegistrationCommand c = submit();
        return new SubmitRegistrationCommand(c.registrationId(), c.submittedAt(), c.applicant(), c.incident(),
                c.otherParty(), c.referrer(), false, null, null);
    }

    public static SubmitRegistrationCommand submitWithIdempotencyKey(UUID registrationId, String key, String sha256) {
        SubmitRegistrationCommand c = submit();
        return new SubmitRegistrationCommand(registrationId, c.submittedAt(), c.applicant(), c.incident(),
                c.otherParty(), c.referrer(), c.privacyStatementAccepted(), key, sha256);
    }

    private RegistrationFixtures() {
    }
}
